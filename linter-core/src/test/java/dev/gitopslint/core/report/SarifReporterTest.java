package dev.gitopslint.core.report;

import static dev.gitopslint.core.report.Findings.error;
import static dev.gitopslint.core.report.Findings.finding;
import static dev.gitopslint.core.report.Findings.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.baseline.Baseline;
import dev.gitopslint.core.baseline.BaselineEntry;
import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.finding.Target;
import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.testing.ReportSchemas;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SarifReporterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path repo;

    private String render(LintResult result, SarifReporter.Limits limits) throws Exception {
        StringWriter out = new StringWriter();
        new SarifReporter(Findings.settings(repo), limits).write(result, out);
        return out.toString();
    }

    private JsonNode sarif(LintResult result, SarifReporter.Limits limits) throws Exception {
        String text = render(result, limits);
        assertThat(ReportSchemas.sarifErrors(text)).as("SARIF schema violations").isEmpty();
        return JSON.readTree(text).get("runs").get(0);
    }

    @Test
    void theSchemaValidatorRejectsBrokenSarif() {
        assertThat(ReportSchemas.sarifErrors("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},"
                + "\"results\":[{\"level\":\"fatal\",\"message\":{\"text\":\"m\"}}]}]}")).isNotEmpty();
        assertThat(ReportSchemas.sarifErrors("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{}}}]}"))
                .as("driver.name is required").isNotEmpty();
        assertThat(ReportSchemas.sarifErrors("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\","
                + "\"informationUri\":\"not a uri\"}}}]}")).as("formats are asserted").isNotEmpty();
    }

    @Test
    void wholeFileFindingsHaveNoRegionAndPathsAreEncodedRelativeReferences() throws Exception {
        JsonNode run = sarif(result(List.of(
                finding("demo-error", Severity.ERROR, "too big", Position.ofFile("big dir/ä:b.yaml"), List.of()),
                finding("demo-error", Severity.INFO, "fyi", new Position("a.yaml", 4, 0), List.of()))),
                SarifReporter.Limits.GITHUB);
        JsonNode whole = run.get("results").get(0).get("locations").get(0).get("physicalLocation");
        assertThat(whole.get("artifactLocation").get("uri").asString()).isEqualTo("big%20dir/%C3%A4%3Ab.yaml");
        assertThat(whole.get("artifactLocation").get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
        assertThat(whole.has("region")).isFalse();
        JsonNode lineOnly = run.get("results").get(1);
        assertThat(lineOnly.get("level").asString()).isEqualTo("note");
        assertThat(lineOnly.get("locations").get(0).get("physicalLocation").get("region").toString())
                .isEqualTo("{\"startLine\":4}");
        assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asString())
                .isEqualTo(repo.toUri().toString());
    }

    @Test
    void aRuleOutsideTheRegistryStillGetsADescriptorItsIndexPointsAt() throws Exception {
        JsonNode run = sarif(result(List.of(finding("other-rule", Severity.WARNING, "m", new Position("a.yaml", 1, 1),
                List.of()))), SarifReporter.Limits.GITHUB);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules.get(0).get("id").asString()).isEqualTo("demo-error");
        int index = run.get("results").get(0).get("ruleIndex").asInt();
        assertThat(rules.get(index).get("id").asString()).isEqualTo("other-rule");
        assertThat(rules.get(index).get("name").asString()).isEqualTo("OtherRule");
    }

    @Test
    void moreResultsThanGithubAcceptsDropTheLeastSevereFirstAndSaySo() throws Exception {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 25_005; i++) {
            findings.add(finding("demo-error", i <= 20 ? Severity.INFO : i <= 40 ? Severity.WARNING : Severity.ERROR,
                    "finding " + i, new Position("values/v" + (i % 50) + ".yaml", i, 1), List.of()));
        }
        findings.sort(Finding.ORDER);
        // Not schema-validated: 25,000 results take the validator seconds, and the other tests cover validity.
        JsonNode run = JSON.readTree(render(result(findings), SarifReporter.Limits.GITHUB)).get("runs").get(0);
        JsonNode results = run.get("results");
        assertThat(results.size()).isEqualTo(25_000);
        int infos = 0;
        int warnings = 0;
        for (JsonNode r : results) {
            infos += r.get("level").asString().equals("note") ? 1 : 0;
            warnings += r.get("level").asString().equals("warning") ? 1 : 0;
        }
        assertThat(infos).as("the 5 dropped are infos").isEqualTo(15);
        assertThat(warnings).isEqualTo(20);
        String note = run.get("invocations").get(0).get("toolExecutionNotifications").get(0).get("message")
                .get("text").asString();
        assertThat(note).contains("25,000 of 25,005").contains("5 info");
    }

    @Test
    void truncationPrefersNewFindingsToBaselinedOnesOfTheSameSeverity() throws Exception {
        Finding old = error("a.yaml", 1, "old");
        Finding fresh = error("a.yaml", 2, "new");
        LintResult result = new Baseline(List.of(BaselineEntry.of(old))).applyTo(result(List.of(old, fresh)), "b.json");
        JsonNode results = sarif(result, new SarifReporter.Limits(1, 1_000)).get("results");
        assertThat(results.size()).isEqualTo(1);
        assertThat(results.get(0).get("message").get("text").asString()).isEqualTo("new");
    }

    @Test
    void relatedLocationsBeyondTheLimitAreDroppedWithANotification() throws Exception {
        List<Related> related = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            related.add(new Related(new Position("base.yaml", i, 1), "set here " + i));
        }
        JsonNode run = sarif(result(List.of(finding("demo-error", Severity.ERROR, "m", new Position("a.yaml", 1, 1),
                related))), new SarifReporter.Limits(100, 3));
        JsonNode locations = run.get("results").get(0).get("relatedLocations");
        assertThat(locations.size()).as("3 locations: the primary one and 2 related").isEqualTo(2);
        assertThat(locations.get(1).get("id").asInt()).isEqualTo(2);
        assertThat(locations.get(1).get("message").get("text").asString()).isEqualTo("set here 2");
        assertThat(run.get("invocations").get(0).get("toolExecutionNotifications").get(0).get("message")
                .get("text").asString()).startsWith("3 related locations were left out");
    }

    @Test
    void baselinedResultsAreUnchangedAndSuppressedNewOnesAreNewAndStaleEntriesAreNoted() throws Exception {
        Finding old = error("a.yaml", 1, "old", new Target("api", "dev"));
        Finding fresh = error("a.yaml", 2, "new", new Target("api", "dev"));
        LintResult result = new Baseline(List.of(BaselineEntry.of(old), new BaselineEntry("f0", "demo-error", "z.yaml",
                "gone"))).applyTo(result(List.of(old, fresh)), ".gitops-lint-baseline.json");
        JsonNode run = sarif(result, SarifReporter.Limits.GITHUB);
        JsonNode first = run.get("results").get(0);
        assertThat(first.get("baselineState").asString()).isEqualTo("unchanged");
        assertThat(first.get("suppressions").get(0).get("kind").asString()).isEqualTo("external");
        assertThat(first.get("suppressions").get(0).get("status").asString()).isEqualTo("accepted");
        JsonNode second = run.get("results").get(1);
        assertThat(second.get("baselineState").asString()).isEqualTo("new");
        assertThat(second.has("suppressions")).isFalse();
        assertThat(second.get("properties").get("apps").toString()).isEqualTo("[\"api\"]");
        JsonNode notification = run.get("invocations").get(0).get("toolExecutionNotifications").get(0);
        assertThat(notification.get("level").asString()).isEqualTo("note");
        assertThat(notification.get("message").get("text").asString()).startsWith("1 entry of the baseline");
        assertThat(run.get("properties").get("baseline").get("stale").get(0).get("file").asString())
                .isEqualTo("z.yaml");
    }

    @Test
    void withoutABaselineThereIsNoBaselineState() throws Exception {
        JsonNode result = sarif(result(List.of(error("a.yaml", 1, "m"))), SarifReporter.Limits.GITHUB)
                .get("results").get(0);
        assertThat(result.has("baselineState")).isFalse();
        assertThat(result.get("partialFingerprints").get(SarifReporter.FINGERPRINT_KEY).asString()).isNotBlank();
    }

    @Test
    void aPrefixMovesPathsAndTheSourceRootUpToTheCheckout() throws Exception {
        Path nested = repo.resolve("deploy/gitops");
        StringWriter out = new StringWriter();
        new SarifReporter(Findings.settings(nested).withPathPrefix("deploy/gitops"))
                .write(result(List.of(error("values/a.yaml", 1, "m"))), out);
        JsonNode run = JSON.readTree(out.toString()).get("runs").get(0);
        assertThat(run.get("results").get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation")
                .get("uri").asString()).isEqualTo("deploy/gitops/values/a.yaml");
        assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asString())
                .isEqualTo(repo.toUri().toString());
    }
}
