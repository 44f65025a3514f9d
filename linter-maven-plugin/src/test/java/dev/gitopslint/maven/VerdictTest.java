package dev.gitopslint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.engine.Summary;
import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.source.Position;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class VerdictTest {

    private static final LintResult TWO_WARNINGS_ONE_INFO = new LintResult(
            List.of(finding(Severity.WARNING), finding(Severity.WARNING), finding(Severity.INFO)),
            new Summary(0, 2, 1, 1, 1, 0, 3, 0));

    @Test
    void theThresholdDecidesWhichFindingsFail() {
        assertThat(Verdict.of(TWO_WARNINGS_ONE_INFO, Severity.ERROR))
                .isEqualTo(new Verdict(false, "gitops-lint: no finding at or above error (0 errors, 2 warnings, 1 info)"));
        assertThat(Verdict.of(TWO_WARNINGS_ONE_INFO, Severity.WARNING))
                .isEqualTo(new Verdict(true, "gitops-lint: 2 findings at or above warning (0 errors, 2 warnings, 1 info)"));
        assertThat(Verdict.of(TWO_WARNINGS_ONE_INFO, Severity.INFO).message())
                .startsWith("gitops-lint: 3 findings at or above info");
    }

    private static Finding finding(Severity severity) {
        return new Finding("rule", severity, "message", new Position("values.yaml", 1, 1), List.of(), new TreeSet<>(),
                "fp");
    }
}
