package dev.gitopslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.testing.ReportSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Repository-level findings (no app), whole-file findings, stdout output, path prefixes, determinism. */
class HostileReportsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String HOSTILE = CliRun.fixtures().resolve("hostile").toString();

    @Test
    void sarifToStdoutIsValidAndAWholeFileFindingHasNoRegion() {
        CliRun run = CliRun.of("lint", HOSTILE, "--format", "sarif");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(ReportSchemas.sarifErrors(run.out())).isEmpty();
        JsonNode whole = null;
        for (JsonNode result : JSON.readTree(run.out()).get("runs").get(0).get("results")) {
            JsonNode physical = result.get("locations").get(0).get("physicalLocation");
            if (physical.get("artifactLocation").get("uri").asString().equals("huge-scalar.yaml")) {
                whole = physical;
            }
        }
        assertThat(whole).isNotNull();
        assertThat(whole.has("region")).isFalse();
    }

    @Test
    void junitHasASuitePerFileForRepositoryFindings() {
        CliRun run = CliRun.of("lint", HOSTILE, "--format", "junit", "--output", "-");
        assertThat(ReportSchemas.junitErrors(run.out())).isEmpty();
        assertThat(run.out()).contains("<testsuite name=\"broken.yaml\" tests=\"1\" failures=\"1\"")
                .contains("classname=\"gitops-lint.repository\" name=\"yaml-syntax at broken.yaml:6:10\"")
                .contains("name=\"file-unreadable at huge-scalar.yaml\"");
    }

    @Test
    void githubAnnotationOfAWholeFileHasNoLine() {
        CliRun run = CliRun.of("lint", HOSTILE, "--format", "github");
        assertThat(run.out()).contains("::error file=huge-scalar.yaml,title=file-unreadable::")
                .contains("::error file=broken.yaml,line=6,col=10,title=yaml-syntax::");
    }

    @Test
    void aPathPrefixMovesSarifAndGithubPathsButNotJson(@TempDir Path temp) throws Exception {
        Path sarif = temp.resolve("out.sarif");
        CliRun run = CliRun.of("lint", HOSTILE, "--path-prefix", "fixtures/hostile", "--format", "github",
                "--format", "sarif", "--format", "json", "--output", "-", "--output", sarif.toString(),
                "--output", temp.resolve("out.json").toString());
        assertThat(run.out()).contains("::error file=fixtures/hostile/broken.yaml,line=6,");
        JsonNode sarifRun = JSON.readTree(sarif.toFile()).get("runs").get(0);
        assertThat(sarifRun.get("results").get(0).get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").asString()).startsWith("fixtures/hostile/");
        assertThat(sarifRun.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asString())
                .isEqualTo(CliRun.fixtures().getParent().toUri().toString());
        assertThat(Files.readString(temp.resolve("out.json"))).doesNotContain("fixtures/hostile/");
    }

    @Test
    void anOutputThatCannotBeWrittenIsAUsageErrorNotACrash(@TempDir Path temp) throws Exception {
        Path blocker = Files.writeString(temp.resolve("file"), "x");
        CliRun run = CliRun.of("lint", HOSTILE, "--format", "sarif", "--output", blocker.resolve("out.sarif").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot write the sarif report to").doesNotContain("internal error");
    }

    @Test
    void everyFormatIsIdenticalWhateverTheThreadCount() {
        for (String format : new String[] {"sarif", "github", "junit"}) {
            String one = CliRun.of("lint", HOSTILE, "--format", format, "--threads", "1").out();
            String four = CliRun.of("lint", HOSTILE, "--format", format, "--threads", "4").out();
            assertThat(four).as(format).isEqualTo(one).isNotEmpty();
        }
    }
}
