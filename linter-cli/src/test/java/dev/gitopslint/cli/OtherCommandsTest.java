package dev.gitopslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherCommandsTest {

    @Test
    void rulesListsEveryRuleWithItsSeverity() {
        CliRun run = CliRun.of("rules");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("values-empty-override").contains("yaml-syntax").contains("error");
    }

    @Test
    void everyCommandAnswersHelpAndVersion() {
        for (String[] command : new String[][] {{"lint"}, {"baseline", "create"}, {"images", "lock"}, {"render"}}) {
            String[] help = java.util.Arrays.copyOf(command, command.length + 1);
            help[command.length] = "--help";
            CliRun run = CliRun.of(help);
            assertThat(run.exitCode()).as(String.join(" ", help) + ": " + run.err()).isZero();
            assertThat(run.out()).startsWith("Usage: gitops-lint " + String.join(" ", command)).contains("--help");
        }
        assertThat(CliRun.of("lint", "--version").out()).startsWith("gitops-lint ");
    }

    @Test
    void aThreadCountBelowOneIsAUsageError() {
        CliRun run = CliRun.of("lint", "--threads", "0", CliRun.fixtures().resolve("startup/one-component").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).as("stdout: " + run.out()).contains("--threads must be at least 1, was 0")
                .doesNotContain("gitops-lint: internal error");
    }

    @Test
    void explainShowsTheFullDescription() {
        CliRun run = CliRun.of("explain", "values-ineffective-override");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Helm merges maps key by key").contains("Bad:").contains("Good:");
        assertThat(CliRun.of("explain", "no-such-rule").exitCode()).isEqualTo(2);
    }

    @Test
    void valuesShowsTheOriginOfEveryLeaf(@TempDir Path repo) throws Exception {
        Files.createDirectories(repo.resolve("v/env/dev"));
        Files.createDirectories(repo.resolve("charts/app/templates"));
        Files.writeString(repo.resolve(".gitops-lint.yaml"), "environments: {dev: {}}\ncharts: charts/app\n"
                + "layers:\n  - v/globals.yaml\n  - v/env/{env}/app.yaml\n");
        Files.writeString(repo.resolve("v/globals.yaml"), "replicas: 2\nresources:\n  limits: {cpu: 1}\n");
        Files.writeString(repo.resolve("v/env/dev/app.yaml"), "resources:\n  limits:\n    memory: 1Gi\n");
        Files.writeString(repo.resolve("charts/app/Chart.yaml"), "apiVersion: v2\nname: app\nversion: 1.0.0\n");
        Files.writeString(repo.resolve("charts/app/values.yaml"), "replicas: 1\nport: 8080\n");
        CliRun run = CliRun.of("values", repo.toString(), "--app", "dev");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("replicas: 2  # v/globals.yaml:1")
                .contains("    cpu: 1  # v/globals.yaml:3")
                .contains("    memory: 1Gi  # v/env/dev/app.yaml:3")
                .contains("port: 8080  # charts/app/values.yaml:2")
                .contains("#   2. v/env/dev/app.yaml");
        assertThat(CliRun.of("values", repo.toString(), "--app", "nope").err()).contains("apps: dev");
    }
}
