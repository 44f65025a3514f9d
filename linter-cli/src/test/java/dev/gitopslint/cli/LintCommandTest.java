package dev.gitopslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LintCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    private Path repo(String configYaml, String valuesYaml) throws Exception {
        Files.createDirectories(temp.resolve("values/base"));
        Files.createDirectories(temp.resolve("values/env/dev"));
        if (configYaml != null) {
            Files.writeString(temp.resolve(".gitops-lint.yaml"), configYaml);
        }
        Files.writeString(temp.resolve("values/base/globals.yaml"), "nodeSelector: {pool: infra}\n");
        Files.writeString(temp.resolve("values/env/dev/app.yaml"), valuesYaml);
        return temp;
    }

    private static final String CONFIG = "environments: {dev: {}}\nlayers:\n  - values/base/globals.yaml\n"
            + "  - values/env/{env}/app.yaml\n";

    @Test
    void hostileInputGivesLocatedFindingsExitOneAndNoStackTrace() {
        CliRun run = CliRun.of("lint", CliRun.fixtures().resolve("hostile").toString(), "--no-color");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("alias-bomb.yaml:8:5  error    yaml-unsafe")
                .contains("broken.yaml:6:10  error    yaml-syntax")
                .contains("huge-scalar.yaml  error    file-unreadable")
                .contains("7 findings: 7 errors");
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void jsonOutputFollowsVersionOne() throws Exception {
        CliRun run = CliRun.of("lint", repo(CONFIG, "nodeSelector: {}\n").toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(fieldNames(root)).containsExactly("version", "findings", "summary");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        JsonNode finding = root.get("findings").get(0);
        assertThat(fieldNames(finding)).startsWith("ruleId", "severity", "message", "file", "line", "column", "app",
                "environment", "related");
        assertThat(finding.get("ruleId").asString()).isEqualTo("values-ineffective-override");
        assertThat(finding.get("severity").asString()).isEqualTo("warning");
        assertThat(finding.get("file").asString()).isEqualTo("values/env/dev/app.yaml");
        assertThat(finding.get("line").asInt()).isEqualTo(1);
        assertThat(finding.get("app").asString()).as("no components: the app is the environment").isEqualTo("dev");
        assertThat(finding.get("environment").asString()).isEqualTo("dev");
        assertThat(fieldNames(finding.get("related").get(0))).containsExactly("file", "line", "message");
        assertThat(finding.get("related").get(0).get("file").asString()).isEqualTo("values/base/globals.yaml");
        assertThat(fieldNames(root.get("summary"))).startsWith("errors", "warnings", "infos", "apps",
                "environments", "manifests", "files");
        assertThat(root.get("summary").get("warnings").asInt()).isEqualTo(1);
    }

    @Test
    void failOnThresholdDecidesTheExitCode() throws Exception {
        Path repo = repo(CONFIG, "nodeSelector: {}\n");
        assertThat(CliRun.of("lint", repo.toString()).exitCode()).isZero();
        assertThat(CliRun.of("lint", repo.toString(), "--fail-on", "warning").exitCode()).isEqualTo(1);
        assertThat(CliRun.of("lint", repo.toString(), "--fail-on", "info").exitCode()).isEqualTo(1);
    }

    @Test
    void configErrorsExitTwoWithTheirLine() throws Exception {
        CliRun run = CliRun.of("lint", repo("layers: []\nlayerz: []\n", "a: 1\n").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(".gitops-lint.yaml:2:1: unknown key 'layerz'");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("lint", "--no-such-option").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("lint", "--fail-on", "sometimes").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("lint", temp.resolve("missing").toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void severalFormatsInOneRun() throws Exception {
        Path repo = repo(CONFIG, "nodeSelector: {}\n");
        Path report = temp.resolve("out/report.json");
        CliRun run = CliRun.of("lint", repo.toString(), "--format", "text", "--format", "json", "--output", "-",
                "--output", report.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("values-ineffective-override").doesNotContain("\"version\"");
        assertThat(JSON.readTree(report.toFile()).get("findings").size()).isEqualTo(1);
    }

    @Test
    void suppressionWithAReasonSilencesAndWithoutOneIsReported() throws Exception {
        Path repo = repo(CONFIG, "nodeSelector: {}  # gitops-lint: ignore values-ineffective-override -- on purpose\n");
        CliRun quiet = CliRun.of("lint", repo.toString(), "--fail-on", "warning");
        assertThat(quiet.exitCode()).isZero();
        assertThat(quiet.out()).contains("1 suppressed");
        Files.writeString(repo.resolve("values/env/dev/app.yaml"),
                "nodeSelector: {}  # gitops-lint: ignore values-ineffective-override\n");
        CliRun loud = CliRun.of("lint", repo.toString(), "--fail-on", "warning");
        assertThat(loud.out()).contains("suppression-invalid").contains("values-ineffective-override");
    }

    @Test
    void configIgnoresNeedAMatchAndSuppress() throws Exception {
        Path repo = repo(CONFIG + "ignore:\n  - {rule: values-ineffective-override, path: \"values/env/**\", reason: legacy}\n",
                "nodeSelector: {}\n");
        assertThat(CliRun.of("lint", repo.toString(), "--fail-on", "warning").exitCode()).isZero();
    }

    @Test
    void severityCanBeRegradedAndRulesDisabled() throws Exception {
        Path regraded = repo(CONFIG + "rules:\n  values-ineffective-override: {severity: error}\n", "nodeSelector: {}\n");
        assertThat(CliRun.of("lint", regraded.toString()).exitCode()).isEqualTo(1);
        Files.writeString(regraded.resolve(".gitops-lint.yaml"),
                CONFIG + "rules:\n  values-ineffective-override: {enabled: false}\n");
        assertThat(CliRun.of("lint", regraded.toString(), "--fail-on", "info").out()).contains("No findings");
    }

    @Test
    void outputIsIdenticalWhateverTheThreadCount() {
        for (Path tree : List.of(CliRun.fixtures().resolve("hostile"), CliRun.fixtures().resolve("repos"))) {
            if (!Files.isDirectory(tree)) {
                continue;
            }
            String one = CliRun.of("lint", tree.toString(), "--format", "json", "--threads", "1").out();
            String four = CliRun.of("lint", tree.toString(), "--format", "json", "--threads", "4").out();
            assertThat(four).isEqualTo(one);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.propertyNames().iterator();
        it.forEachRemaining(names::add);
        return names;
    }
}
