package dev.gitopslint.rules.argocd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gitopslint.core.GitOpsLinter;
import dev.gitopslint.core.engine.LintRequest;
import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.rule.RuleRegistry;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kustomize sources are built with the kubectl (or kustomize) on PATH, and their objects are linted on
 * the files that write them; directory sources honour recurse/include/exclude.
 */
class KustomizeSourcesTest {

    @TempDir
    Path repo;

    private void write(String path, String text) throws Exception {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    private void application(String name, String path, String extra) throws Exception {
        write("argocd/" + name + ".yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: "
                + name + "\nspec:\n  project: default\n  destination: {server: https://kubernetes.default.svc, "
                + "namespace: web}\n  source:\n    repoURL: https://github.com/example/gitops.git\n    path: " + path
                + "\n    targetRevision: main\n" + extra);
    }

    private static final String DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
            + "spec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n"
            + "    spec:\n      containers:\n        - name: web\n          image: nginx:latest\n";

    @Test
    void kustomizationsAreBuiltAndLintedOnTheFilesThatWriteTheObjects() throws Exception {
        assumeTrue(onPath("kubectl") || onPath("kustomize"), "needs kubectl or kustomize on PATH");
        application("web", "k/overlay", "");
        write("k/base/deployment.yaml", DEPLOYMENT);
        write("k/base/kustomization.yaml", "resources: [deployment.yaml]\n");
        write("k/overlay/kustomization.yaml", "resources: [../base]\nnamePrefix: prod-\n");
        LintResult result = new GitOpsLinter(RuleRegistry.load()).lint(LintRequest.of(repo));
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("image-latest-tag");
            assertThat(f.apps()).isEqualTo("web");
        });
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("render-tool-missing"));
    }

    @Test
    void directorySourcesHonourRecurseAndGlobs() throws Exception {
        application("plain", "manifests", "    directory:\n      recurse: true\n      exclude: 'skip-*'\n");
        write("manifests/nested/deployment.yaml", DEPLOYMENT);
        write("manifests/skip-me.yaml", DEPLOYMENT.replace("name: web", "name: other"));
        LintResult result = new GitOpsLinter(RuleRegistry.load()).lint(LintRequest.of(repo));
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("image-latest-tag"))
                .extracting(f -> f.location().file() + " " + f.apps())
                .containsExactlyInAnyOrder("manifests/nested/deployment.yaml plain", "manifests/skip-me.yaml ");
    }
}
