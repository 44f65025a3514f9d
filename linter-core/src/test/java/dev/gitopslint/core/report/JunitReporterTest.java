package dev.gitopslint.core.report;

import static dev.gitopslint.core.report.Findings.error;
import static dev.gitopslint.core.report.Findings.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.baseline.Baseline;
import dev.gitopslint.core.baseline.BaselineEntry;
import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.finding.Target;
import dev.gitopslint.core.testing.ReportSchemas;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class JunitReporterTest {

    private static String render(LintResult result) throws Exception {
        StringWriter out = new StringWriter();
        new JunitReporter().write(result, out);
        String xml = out.toString();
        assertThat(ReportSchemas.junitErrors(xml)).as("XSD violations").isEmpty();
        return xml;
    }

    @Test
    void theSchemaRejectsWhatCiServersCannotRead() {
        assertThat(ReportSchemas.junitErrors("<testsuites><testsuite name=\"s\" tests=\"1\" failures=\"0\" errors=\"0\">"
                + "<testcase name=\"t\"/></testsuite></testsuites>")).as("classname missing").isNotEmpty();
        assertThat(ReportSchemas.junitErrors("<testsuites><testsuite name=\"s\" tests=\"one\" failures=\"0\" "
                + "errors=\"0\"/></testsuites>")).as("tests is a count").isNotEmpty();
        assertThat(ReportSchemas.junitErrors("<testsuites><testsuite name=\"s\" tests=\"1\" failures=\"1\" errors=\"0\">"
                + "<testcase name=\"t\" classname=\"c\"><failure/><failure/></testcase></testsuite></testsuites>"))
                .as("one outcome per test case").isNotEmpty();
    }

    @Test
    void appsWithoutFindingsPassAndFindingsFailInEveryAppTheyAffect() throws Exception {
        Target devApi = new Target("api", "dev");
        Target prodApi = new Target("api", "prod");
        Target devWeb = new Target("web", "dev");
        String xml = render(result(List.of(error("values/shared.yaml", 3, "dropped", devApi, prodApi)),
                devApi, prodApi, devWeb));
        assertThat(xml).contains("<testsuites name=\"gitops-lint\" tests=\"3\" failures=\"2\" errors=\"0\" time=\"0\">")
                .contains("<testsuite name=\"api (dev)\" tests=\"1\" failures=\"1\" errors=\"0\" skipped=\"0\"")
                .contains("<testsuite name=\"web (dev)\" tests=\"1\" failures=\"0\"")
                .contains("<testcase classname=\"gitops-lint.dev.web\" name=\"no findings\" time=\"0\"/>")
                .contains("<testcase classname=\"gitops-lint.prod.api\" name=\"demo-error at values/shared.yaml:3:1\"")
                .contains("<failure message=\"error: dropped\" type=\"demo-error\">values/shared.yaml:3:1  error  demo-error");
    }

    @Test
    void repositoryFindingsGetASuitePerFile() throws Exception {
        String xml = render(result(List.of(error("b.yaml", 1, "x"), error("a.yaml", 2, "y"), error("a.yaml", 5, "z"))));
        assertThat(xml).contains("<testsuite name=\"a.yaml\" tests=\"2\" failures=\"2\"")
                .contains("<testsuite name=\"b.yaml\" tests=\"1\" failures=\"1\"")
                .contains("<property name=\"file\" value=\"a.yaml\"/>");
        assertThat(xml.indexOf("name=\"a.yaml\"")).isLessThan(xml.indexOf("name=\"b.yaml\""));
    }

    @Test
    void anEmptyRunIsOnePassingTestNotAnEmptyReport() throws Exception {
        String xml = render(result(List.of()));
        assertThat(xml).contains("tests=\"1\" failures=\"0\"").contains("name=\"no findings\"");
    }

    @Test
    void markupAndControlCharactersInMessagesStayWellFormed() throws Exception {
        String xml = render(result(List.of(error("a&b.yaml", 1, "<tag> & \"quote\" \u0001 bell\nnext"))));
        assertThat(xml).contains("message=\"error: &lt;tag&gt; &amp; &quot;quote&quot; \uFFFD bell&#10;next\"");
    }

    @Test
    void baselinedFindingsAreSkippedNotFailed() throws Exception {
        var old = error("a.yaml", 1, "old", new Target("api", "dev"));
        var fresh = error("a.yaml", 2, "new", new Target("api", "dev"));
        LintResult result = new Baseline(List.of(BaselineEntry.of(old))).applyTo(
                result(List.of(old, fresh), new Target("api", "dev")), "base.json");
        String xml = render(result);
        assertThat(xml).contains("tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"1\"")
                .contains("<skipped message=\"baselined in base.json: old\"/>");
    }
}
