package dev.gitopslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The apps and render commands on the sample repository and on a clusters generator. */
class AppsCommandTest {

    @Test
    void appsListsEveryAppWithItsOrderedLayers() {
        CliRun run = CliRun.of("apps", CliRun.fixtures().resolve("repos/ameide-sample").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("62 apps in 4 environments")
                .contains("dev-platform-keycloak  (environment dev)")
                .contains("    6. sources/values/env/dev/platform/platform-keycloak.yaml  (missing)   <- "
                        + "$values/sources/values/env/dev/platform/platform-keycloak.yaml")
                .contains("  sync:        automated, prune, selfHeal");
    }

    @Test
    void renderPrintsHelmsOutput() {
        CliRun run = CliRun.of("render", CliRun.fixtures().resolve("repos/ameide-sample").toString(),
                "--app", "dev-platform-gateway");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("# Source: gateway/templates/gateway.yaml").contains("kind: EnvoyPatchPolicy")
                .contains("namespace: ameide-dev");
        assertThat(CliRun.of("render", CliRun.fixtures().resolve("repos/ameide-sample").toString(),
                "--app", "platform-gateway").exitCode()).isEqualTo(2);
    }

    @Test
    void clustersGeneratorsUseTheConfiguredClustersAndTheirSelector(@TempDir Path repo) throws Exception {
        Files.createDirectories(repo.resolve("argocd"));
        Files.createDirectories(repo.resolve("charts/app/templates"));
        Files.writeString(repo.resolve("argocd/set.yaml"), """
                apiVersion: argoproj.io/v1alpha1
                kind: ApplicationSet
                metadata: {name: per-cluster}
                spec:
                  goTemplate: true
                  generators:
                    - clusters:
                        selector:
                          matchLabels: {tier: prod}
                  template:
                    metadata: {name: 'app-{{ .name }}'}
                    spec:
                      project: default
                      destination: {name: '{{ .name }}', namespace: app}
                      source: {repoURL: https://github.com/example/gitops.git, path: charts/app, targetRevision: main}
                """);
        Files.writeString(repo.resolve("charts/app/Chart.yaml"), "apiVersion: v2\nname: app\nversion: 1.0.0\n");
        Files.writeString(repo.resolve("charts/app/templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");
        Files.writeString(repo.resolve(".gitops-lint.yaml"), "clusters:\n"
                + "  - {name: aks-prod, server: 'https://aks-prod.example.com', labels: {tier: prod}}\n"
                + "  - {name: aks-dev, server: 'https://aks-dev.example.com', labels: {tier: dev}}\n");
        CliRun run = CliRun.of("apps", repo.toString());
        assertThat(run.out()).contains("app-aks-prod  (environment aks-prod)").doesNotContain("app-aks-dev")
                .contains("1 apps in 1 environments");
    }
}
