package dev.gitopslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.rule.Rule;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.RuleRegistry;
import dev.gitopslint.core.testing.ReportSchemas;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every format on the real lint result of the sample repository, written in one run: the JSON report is
 * the reference the other formats are checked against.
 */
class ReportFormatsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ANNOTATION = Pattern.compile(
            "::(error|warning|notice) file=([^,:]+),line=(\\d+),col=(\\d+),title=([a-z0-9-]+)::(.+)");

    @TempDir
    static Path out;

    static Path sample;
    static CliRun run;
    static JsonNode json;
    static String sarifText;
    static JsonNode sarif;
    static List<String> github;
    static String junit;

    @BeforeAll
    static void lintTheSampleInEveryFormat() throws Exception {
        sample = CliRun.fixtures().resolve("repos/ameide-sample");
        run = CliRun.of("lint", sample.toString(), "--no-color",
                "--format", "sarif", "--output", out.resolve("reports/gitops-lint.sarif").toString(),
                "--format", "github", "--output", out.resolve("github.txt").toString(),
                "--format", "junit", "--output", out.resolve("TEST-gitops-lint.xml").toString(),
                "--format", "json", "--output", out.resolve("report.json").toString(),
                "--format", "text", "--output", "-");
        json = JSON.readTree(out.resolve("report.json").toFile());
        sarifText = Files.readString(out.resolve("reports/gitops-lint.sarif"));
        sarif = JSON.readTree(sarifText);
        github = Files.readAllLines(out.resolve("github.txt"));
        junit = Files.readString(out.resolve("TEST-gitops-lint.xml"));
    }

    @Test
    void severalFormatsInOneRunWithTextOnStdout() {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(json.get("findings").size()).as("the sample has seeded defects").isGreaterThan(10);
        assertThat(run.out()).contains("error    values-empty-override").contains(" findings: ")
                .doesNotContain("\"$schema\"").doesNotContain("<testsuite").doesNotContain("::error");
    }

    @Test
    void sarifIsValidAgainstTheOasisSchema() {
        assertThat(ReportSchemas.sarifErrors(sarifText)).isEmpty();
        assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
        assertThat(sarif.get("runs").size()).isEqualTo(1);
    }

    @Test
    void sarifDescribesEveryInstalledRuleFromItsMetadata() {
        JsonNode driver = sarif.get("runs").get(0).get("tool").get("driver");
        assertThat(driver.get("name").asString()).isEqualTo("gitops-lint");
        assertThat(driver.get("version").asString()).isNotBlank();
        assertThat(driver.get("informationUri").asString()).startsWith("https://");
        List<Rule> installed = RuleRegistry.load().all();
        JsonNode rules = driver.get("rules");
        assertThat(rules.size()).isEqualTo(installed.size());
        for (int i = 0; i < installed.size(); i++) {
            RuleInfo info = installed.get(i).info();
            JsonNode rule = rules.get(i);
            assertThat(rule.get("id").asString()).isEqualTo(info.id());
            assertThat(rule.get("name").asString()).matches("[A-Z][A-Za-z0-9]+");
            assertThat(rule.get("shortDescription").get("text").asString()).isEqualTo(info.summary());
            assertThat(rule.get("fullDescription").get("text").asString()).isEqualTo(info.description());
            assertThat(rule.get("defaultConfiguration").get("level").asString())
                    .isEqualTo(info.severity().label().replace("info", "note"));
            assertThat(rule.get("help").get("text").asString()).contains(info.description());
            assertThat(rule.get("help").get("markdown").asString()).contains(info.summary());
            if (!info.good().isEmpty()) {
                assertThat(rule.get("help").get("markdown").asString()).contains("```yaml\n" + info.good());
            }
            String helpUri = rule.get("helpUri").asString();
            assertThat(helpUri).endsWith("/docs/rules/" + info.id() + ".md");
            assertThat(CliRun.fixtures().resolveSibling("docs/rules/" + info.id() + ".md")).as(helpUri).exists();
        }
    }

    @Test
    void sarifResultsCarryTheFindingsWithStableIdsLocationsAndProvenance() {
        JsonNode run = sarif.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        JsonNode results = run.get("results");
        JsonNode findings = json.get("findings");
        assertThat(results.size()).isEqualTo(findings.size());
        int withRelated = 0;
        for (int i = 0; i < results.size(); i++) {
            JsonNode result = results.get(i);
            JsonNode finding = findings.get(i);
            assertThat(result.get("ruleId").asString()).isEqualTo(finding.get("ruleId").asString());
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asString())
                    .isEqualTo(result.get("ruleId").asString());
            assertThat(result.get("level").asString()).isEqualTo(finding.get("severity").asString());
            assertThat(result.get("message").get("text").asString()).isEqualTo(finding.get("message").asString());
            JsonNode physical = result.get("locations").get(0).get("physicalLocation");
            String uri = physical.get("artifactLocation").get("uri").asString();
            assertThat(uri).isEqualTo(finding.get("file").asString());
            assertThat(sample.resolve(uri)).as("relative to the repository").isRegularFile();
            assertThat(physical.get("artifactLocation").get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
            assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(finding.get("line").asInt());
            assertThat(physical.get("region").get("startColumn").asInt()).isEqualTo(finding.get("column").asInt());
            assertThat(result.get("partialFingerprints").get("gitopsLint/v1").asString())
                    .isEqualTo(finding.get("fingerprint").asString());
            JsonNode related = result.path("relatedLocations");
            assertThat(related.size()).isEqualTo(finding.get("related").size());
            for (int r = 0; r < related.size(); r++) {
                assertThat(related.get(r).get("id").asInt()).isEqualTo(r + 1);
                assertThat(related.get(r).get("message").get("text").asString())
                        .isEqualTo(finding.get("related").get(r).get("message").asString());
                assertThat(related.get(r).get("physicalLocation").get("artifactLocation").get("uri").asString())
                        .isEqualTo(finding.get("related").get(r).get("file").asString());
            }
            withRelated += related.isEmpty() ? 0 : 1;
            Set<String> apps = new HashSet<>();
            finding.get("targets").forEach(t -> apps.add(t.get("app").asString()));
            Set<String> sarifApps = new HashSet<>();
            result.get("properties").get("apps").forEach(a -> sarifApps.add(a.asString()));
            assertThat(sarifApps).isEqualTo(apps);
        }
        assertThat(withRelated).as("provenance: the inherited value, the template").isGreaterThan(5);
        assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asString())
                .isEqualTo(sample.toAbsolutePath().normalize().toUri().toString());
    }

    @Test
    void githubAnnotationsOnePerFindingOnRealFiles() {
        JsonNode findings = json.get("findings");
        assertThat(github).hasSize(findings.size());
        for (int i = 0; i < github.size(); i++) {
            Matcher m = ANNOTATION.matcher(github.get(i));
            assertThat(m.matches()).as(github.get(i)).isTrue();
            JsonNode finding = findings.get(i);
            assertThat(m.group(1)).isEqualTo(finding.get("severity").asString().replace("info", "notice"));
            assertThat(sample.resolve(m.group(2))).isRegularFile();
            assertThat(m.group(2)).isEqualTo(finding.get("file").asString());
            assertThat(Integer.parseInt(m.group(3))).isEqualTo(finding.get("line").asInt());
            assertThat(m.group(5)).isEqualTo(finding.get("ruleId").asString());
            assertThat(m.group(6)).doesNotContain("\n").startsWith(finding.get("message").asString()
                    .replace("%", "%25"));
        }
    }

    @Test
    void junitIsValidWithASuitePerAppAndAFailurePerFindingInEachAppItAffects() throws Exception {
        assertThat(ReportSchemas.junitErrors(junit)).isEmpty();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(junit)));
        Element root = doc.getDocumentElement();
        NodeList suites = root.getElementsByTagName("testsuite");
        Map<String, Set<String>> failuresBySuite = new HashMap<>();
        int tests = 0;
        int failures = 0;
        for (int s = 0; s < suites.getLength(); s++) {
            Element suite = (Element) suites.item(s);
            NodeList cases = suite.getElementsByTagName("testcase");
            NodeList failed = suite.getElementsByTagName("failure");
            assertThat(Integer.parseInt(suite.getAttribute("tests"))).isEqualTo(cases.getLength());
            assertThat(Integer.parseInt(suite.getAttribute("failures"))).isEqualTo(failed.getLength());
            tests += cases.getLength();
            failures += failed.getLength();
            Set<String> names = new HashSet<>();
            for (int c = 0; c < cases.getLength(); c++) {
                Element testcase = (Element) cases.item(c);
                assertThat(testcase.getAttribute("classname")).startsWith("gitops-lint.");
                if (testcase.getElementsByTagName("failure").getLength() > 0) {
                    names.add(testcase.getAttribute("name"));
                } else {
                    assertThat(testcase.getAttribute("name")).isEqualTo("no findings");
                }
            }
            failuresBySuite.put(suite.getAttribute("name"), names);
        }
        assertThat(Integer.parseInt(root.getAttribute("tests"))).isEqualTo(tests);
        assertThat(Integer.parseInt(root.getAttribute("failures"))).isEqualTo(failures);
        List<String> expected = new ArrayList<>();
        for (JsonNode finding : json.get("findings")) {
            String name = finding.get("ruleId").asString() + " at " + finding.get("file").asString() + ":"
                    + finding.get("line").asInt() + ":" + finding.get("column").asInt();
            for (JsonNode target : finding.get("targets")) {
                String suite = target.get("app").asString() + " (" + target.get("environment").asString() + ")";
                assertThat(failuresBySuite.get(suite)).as(suite).contains(name);
                expected.add(suite + " " + name);
            }
        }
        assertThat(failures).isEqualTo(expected.size());
        int apps = json.get("summary").get("apps").asInt();
        assertThat(suites.getLength()).as("every linted app, with or without findings").isGreaterThanOrEqualTo(apps);
        assertThat(tests).isGreaterThan(failures);
    }
}
