package dev.gitopslint.core.report;

import static dev.gitopslint.core.report.Findings.error;
import static dev.gitopslint.core.report.Findings.finding;
import static dev.gitopslint.core.report.Findings.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.baseline.Baseline;
import dev.gitopslint.core.baseline.BaselineEntry;
import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.finding.Target;
import dev.gitopslint.core.source.Position;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubReporterTest {

    private static String render(LintResult result, ReportSettings settings) throws Exception {
        StringWriter out = new StringWriter();
        new GithubReporter(settings).write(result, out);
        return out.toString();
    }

    @Test
    void oneWorkflowCommandPerFindingWithLocationAndRuleAsTitle() throws Exception {
        String out = render(result(List.of(
                error("values/a.yaml", 3, "bad value"),
                finding("demo-error", Severity.WARNING, "meh", new Position("values/b.yaml", 7, 4), List.of()),
                finding("demo-error", Severity.INFO, "fyi", Position.ofFile("values/c.yaml"), List.of()))),
                Findings.settings(Path.of("repo")));
        assertThat(out.lines()).containsExactly(
                "::error file=values/a.yaml,line=3,col=1,title=demo-error::bad value",
                "::warning file=values/b.yaml,line=7,col=4,title=demo-error::meh",
                "::notice file=values/c.yaml,title=demo-error::fyi");
    }

    @Test
    void escapesDataAndPropertiesAsGithubDoes() throws Exception {
        String out = render(result(List.of(finding("demo-error", Severity.ERROR, "100% sure:\r\nsecond, line",
                new Position("odd dir/a,b:c%.yaml", 2, 5), List.of()))), Findings.settings(Path.of("repo")));
        assertThat(out).isEqualTo(
                "::error file=odd dir/a%2Cb%3Ac%25.yaml,line=2,col=5,title=demo-error::100%25 sure:%0D%0Asecond, line\n");
    }

    @Test
    void appsAndRelatedPlacesFollowTheMessageOnLinesOfTheirOwn() throws Exception {
        String out = render(result(List.of(Findings.finding("demo-error", Severity.ERROR, "dropped",
                new Position("v/app.yaml", 4, 1),
                List.of(new Related(new Position("v/base.yaml", 9, 1), "inherited here")),
                new Target("api", "dev"), new Target("api", "prod")))), Findings.settings(Path.of("repo")));
        assertThat(out).isEqualTo("::error file=v/app.yaml,line=4,col=1,title=demo-error::dropped"
                + "%0AAffects: api (dev), api (prod)%0A-> v/base.yaml:9:1  inherited here\n");
    }

    @Test
    void thePathPrefixPutsFilesWhereTheCheckoutHasThem() throws Exception {
        String out = render(result(List.of(error("values/a.yaml", 3, "bad"))),
                Findings.settings(Path.of("checkout/deploy/gitops")).withPathPrefix("./deploy/gitops/"));
        assertThat(out).startsWith("::error file=deploy/gitops/values/a.yaml,line=3,");
    }

    @Test
    void baselinedFindingsAreLeftOutAndStaleEntriesGetOneNotice() throws Exception {
        var kept = error("values/a.yaml", 3, "old");
        var fresh = error("values/a.yaml", 9, "new");
        LintResult result = new Baseline(List.of(BaselineEntry.of(kept),
                new BaselineEntry("gone", "demo-error", "values/z.yaml", "fixed")))
                .applyTo(result(List.of(kept, fresh)), ".gitops-lint-baseline.json");
        String out = render(result, Findings.settings(Path.of("repo")));
        assertThat(out.lines()).hasSize(2);
        assertThat(out).contains("line=9").doesNotContain("line=3")
                .contains("::notice title=gitops-lint baseline::1 entry of the baseline .gitops-lint-baseline.json no longer found");
    }
}
