package dev.gitopslint.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.yaml.YamlLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryScannerTest {

    @TempDir
    Path repo;
    @TempDir
    Path outside;

    private final ExecutorService executor = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Workspace scan(List<String> excludes) throws IOException {
        return new RepositoryScanner(YamlLimits.defaults(), excludes, executor).scan(repo);
    }

    @Test
    void classifiesFilesAndCharts() throws IOException {
        write("charts/app/Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.2.3\n");
        write("charts/app/values.yaml", "replicas: 1\n");
        write("charts/app/templates/deploy.yaml", "kind: {{ .Values.kind }}\n");
        write("charts/app/crds/crd.yaml", "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n");
        write("charts/app/charts/sub/Chart.yaml", "apiVersion: v2\nname: sub\nversion: 0.1.0\n");
        write("charts/app/charts/sub/templates/x.yaml", "a: {{ .Values.a }}\n");
        write("sources/values/base/globals.yaml", "a: 1\n");
        write("apps/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
        write("argocd/app.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Application\n");
        write("config/clusters/azure.yaml", "- env: dev\n");
        write("README.md", "# hi\n");
        Workspace workspace = scan(List.of());
        assertThat(workspace.kindOf("charts/app/templates/deploy.yaml")).contains(FileKind.CHART_TEMPLATE);
        assertThat(workspace.yaml("charts/app/templates/deploy.yaml")).as("templates are not YAML").isEmpty();
        assertThat(workspace.text("charts/app/templates/deploy.yaml")).isPresent();
        assertThat(workspace.kindOf("charts/app/values.yaml")).contains(FileKind.CHART_VALUES);
        assertThat(workspace.kindOf("charts/app/crds/crd.yaml")).contains(FileKind.CHART_CRD);
        assertThat(workspace.kindOf("sources/values/base/globals.yaml")).contains(FileKind.VALUES);
        assertThat(workspace.kindOf("apps/cm.yaml")).contains(FileKind.MANIFEST);
        assertThat(workspace.kindOf("argocd/app.yaml")).contains(FileKind.ARGOCD);
        assertThat(workspace.kindOf("config/clusters/azure.yaml")).contains(FileKind.OTHER_YAML);
        assertThat(workspace.kindOf("README.md")).contains(FileKind.OTHER);
        Chart chart = workspace.chart("charts/app").orElseThrow();
        assertThat(chart.name()).isEqualTo("app");
        assertThat(chart.version()).isEqualTo("1.2.3");
        assertThat(chart.templates()).containsExactly("charts/app/templates/deploy.yaml");
        assertThat(chart.subcharts()).containsExactly("charts/app/charts/sub");
        assertThat(workspace.chart("charts/app/charts/sub").orElseThrow().templates())
                .containsExactly("charts/app/charts/sub/templates/x.yaml");
    }

    @Test
    void honoursGitignoreAndConfigExcludes() throws IOException {
        write(".gitignore", "build/\n*.tmp.yaml\n!keep.tmp.yaml\n");
        write("build/out.yaml", "a: 1\n");
        write("x.tmp.yaml", "a: 1\n");
        write("keep.tmp.yaml", "a: 1\n");
        write("sub/.gitignore", "local.yaml\n");
        write("sub/local.yaml", "a: 1\n");
        write("sub/shared.yaml", "a: 1\n");
        write("vendor/lib/x.yaml", "a: 1\n");
        Workspace workspace = scan(List.of("vendor/**"));
        assertThat(workspace.files().keySet()).contains("keep.tmp.yaml", "sub/shared.yaml")
                .doesNotContain("build/out.yaml", "x.tmp.yaml", "sub/local.yaml", "vendor/lib/x.yaml");
    }

    @Test
    void neverFollowsSymlinksOutOfTheRepository() throws IOException {
        Files.writeString(outside.resolve("secret.yaml"), "password: hunter2\n");
        Files.createDirectories(repo.resolve("values"));
        Files.createSymbolicLink(repo.resolve("values/escape.yaml"), outside.resolve("secret.yaml"));
        Files.createSymbolicLink(repo.resolve("values/dangling.yaml"), repo.resolve("values/none.yaml"));
        write("values/real.yaml", "a: 1\n");
        Files.createSymbolicLink(repo.resolve("values/alias.yaml"), repo.resolve("values/real.yaml"));
        Files.createSymbolicLink(repo.resolve("loop"), repo);
        Workspace workspace = scan(List.of());
        assertThat(workspace.yaml("values/escape.yaml")).isEmpty();
        assertThat(workspace.yaml("values/alias.yaml")).isPresent();
        assertThat(workspace.symlinkIssues()).extracting(SymlinkIssue::path, SymlinkIssue::outsideRepository)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("values/escape.yaml", true),
                        org.assertj.core.groups.Tuple.tuple("values/dangling.yaml", false));
    }

    @Test
    void lineTextHandlesCrlf() throws IOException {
        write("a.yaml", "a: 1\r\nb: 2\r\n");
        assertThat(scan(List.of()).lineText("a.yaml", 2)).isEqualTo("b: 2");
    }
}
