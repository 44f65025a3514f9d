package dev.gitopslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.testing.ReportSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The baseline workflow on a real repository: create, lint with it, move, add, fix. */
class BaselineCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CONFIG = "environments: {dev: {}}\nlayers:\n  - values/base/globals.yaml\n"
            + "  - values/env/{env}/app.yaml\n";
    private static final String GLOBALS = "nodeSelector: {pool: infra}\ntolerations: [{key: infra}]\n"
            + "imagePullSecrets: [{name: pull}]\n";
    private static final String TWO_DEFECTS = "replicas: 2\nnodeSelector: {}\ntolerations: []\n";

    @TempDir
    Path repo;

    Path baselineFile;

    @BeforeEach
    void repositoryWithAWarningAndAnError() throws Exception {
        Files.createDirectories(repo.resolve("values/base"));
        Files.createDirectories(repo.resolve("values/env/dev"));
        Files.writeString(repo.resolve(".gitops-lint.yaml"), CONFIG);
        Files.writeString(repo.resolve("values/base/globals.yaml"), GLOBALS);
        Files.writeString(repo.resolve("values/env/dev/app.yaml"), TWO_DEFECTS);
        baselineFile = repo.resolve(".gitops-lint-baseline.json");
    }

    private void writeEnv(String yaml) throws Exception {
        Files.writeString(repo.resolve("values/env/dev/app.yaml"), yaml);
    }

    private CliRun lint(String... extra) {
        String[] args = new String[extra.length + 5];
        args[0] = "lint";
        args[1] = repo.toString();
        args[2] = "--no-color";
        args[3] = "--baseline";
        args[4] = baselineFile.toString();
        System.arraycopy(extra, 0, args, 5, extra.length);
        return CliRun.of(args);
    }

    @Test
    void createWritesEverySortedFingerprintWithRuleFileAndMessageDeterministically() throws Exception {
        assertThat(CliRun.of("lint", repo.toString()).exitCode()).as("the error fails without a baseline").isEqualTo(1);
        CliRun create = CliRun.of("baseline", "create", repo.toString());
        assertThat(create.exitCode()).as(create.err()).isZero();
        assertThat(create.err()).contains("wrote 2 findings to " + baselineFile);
        String first = Files.readString(baselineFile);
        JsonNode root = JSON.readTree(first);
        assertThat(root.get("version").asInt()).isEqualTo(1);
        JsonNode entries = root.get("findings");
        assertThat(entries.size()).isEqualTo(2);
        assertThat(entries.get(0).get("ruleId").asString()).isEqualTo("values-empty-override");
        assertThat(entries.get(1).get("ruleId").asString()).isEqualTo("values-ineffective-override");
        assertThat(entries.get(0).get("file").asString()).isEqualTo("values/env/dev/app.yaml");
        assertThat(entries.get(0).get("message").asString()).contains("tolerations");
        assertThat(entries.get(0).get("fingerprint").asString()).matches("[0-9a-f]{32}");
        assertThat(CliRun.of("baseline", "create", repo.toString()).exitCode()).isZero();
        assertThat(Files.readString(baselineFile)).as("byte-identical when nothing changed").isEqualTo(first);
        CliRun stdout = CliRun.of("baseline", "create", repo.toString(), "--output", "-");
        assertThat(stdout.out()).isEqualTo(first);
    }

    @Test
    void baselinedFindingsDoNotFailAndAreShownAsBaselined() throws Exception {
        CliRun.of("baseline", "create", repo.toString(), "--output", baselineFile.toString());
        CliRun run = lint("--fail-on", "info");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Baseline " + baselineFile + ": 2 findings accepted (not failing, not listed), "
                + "no stale entries").contains("No findings (").contains("2 baselined)")
                .doesNotContain("error    values-empty-override");
        JsonNode json = JSON.readTree(lint("--format", "json").out());
        assertThat(json.get("findings").size()).isEqualTo(2);
        assertThat(json.get("findings").get(0).get("baselined").asBoolean()).isTrue();
        assertThat(json.get("summary").get("errors").asInt()).isZero();
        assertThat(json.get("summary").get("baselined").asInt()).isEqualTo(2);
        assertThat(json.get("baseline").get("baselined").asInt()).isEqualTo(2);
        assertThat(json.get("baseline").get("stale").size()).isZero();
    }

    @Test
    void aFindingMovedByUnrelatedEditsStaysBaselined() throws Exception {
        CliRun.of("baseline", "create", repo.toString());
        writeEnv("# owner: platform team\n\n# unrelated comment\nextra: {enabled: true}\n" + TWO_DEFECTS);
        CliRun run = lint("--fail-on", "info", "--format", "json");
        assertThat(run.exitCode()).as(run.out()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("findings").get(0).get("line").asInt()).as("moved down by 4 lines").isEqualTo(6);
        assertThat(json.get("findings").get(1).get("line").asInt()).isEqualTo(7);
        assertThat(json.get("summary").get("baselined").asInt()).isEqualTo(2);
        assertThat(json.get("baseline").get("stale").size()).isZero();
    }

    @Test
    void aNewFindingFailsWhileTheBaselinedOnesStayQuiet() throws Exception {
        CliRun.of("baseline", "create", repo.toString());
        writeEnv(TWO_DEFECTS + "imagePullSecrets: []\n");
        CliRun run = lint();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("app.yaml:4:1  error    values-empty-override  `imagePullSecrets: []`")
                .doesNotContain("app.yaml:3:1").contains("1 finding: 1 error").contains("2 baselined");
        JsonNode sarif = JSON.readTree(lint("--format", "sarif").out());
        JsonNode results = sarif.get("runs").get(0).get("results");
        assertThat(results.size()).isEqualTo(3);
        assertThat(results.findValuesAsString("baselineState")).containsExactly("unchanged", "unchanged", "new");
        assertThat(ReportSchemas.sarifErrors(lint("--format", "sarif").out())).isEmpty();
        String junit = lint("--format", "junit").out();
        assertThat(ReportSchemas.junitErrors(junit)).isEmpty();
        assertThat(junit).contains("tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"2\"");
        assertThat(lint("--format", "github").out().lines()).hasSize(1);
    }

    @Test
    void aFixedFindingBecomesAStaleEntry() throws Exception {
        CliRun.of("baseline", "create", repo.toString());
        writeEnv("replicas: 2\nnodeSelector: {}\n");
        CliRun run = lint("--fail-on", "info");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1 finding accepted (not failing, not listed), 1 stale entry")
                .contains("values/env/dev/app.yaml  values-empty-override  `tolerations: []`");
        JsonNode json = JSON.readTree(lint("--format", "json").out());
        assertThat(json.get("baseline").get("stale").get(0).get("ruleId").asString()).isEqualTo("values-empty-override");
        assertThat(json.get("baseline").get("entries").asInt()).isEqualTo(2);
        assertThat(lint("--format", "github").out()).startsWith("::notice title=gitops-lint baseline::1 entry");
    }

    @Test
    void anUnusableBaselineIsAUsageErrorWithItsLocation() throws Exception {
        CliRun missing = lint();
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains(".gitops-lint-baseline.json: baseline file not found");
        Files.writeString(baselineFile, "{\"version\": 1,\n  \"findings\": [\n    {\"fingerprint\": }\n  ]\n}\n");
        CliRun broken = lint();
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains(".gitops-lint-baseline.json:3:").contains("not valid JSON")
                .doesNotContain("Exception");
        assertThat(CliRun.of("baseline").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("baseline", "create", "--no-such-option").exitCode()).isEqualTo(2);
    }
}
