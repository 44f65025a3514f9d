package dev.gitopslint.core.engine;

import dev.gitopslint.core.baseline.BaselineStatus;
import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.finding.Target;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The outcome of one run: sorted findings, a summary, every (app, environment) that was linted (with or
 * without findings), and, once a baseline is applied, which findings it accepts.
 */
public record LintResult(List<Finding> findings, Summary summary, SortedSet<Target> linted,
        Optional<BaselineStatus> baseline) {

    public LintResult {
        findings = List.copyOf(findings);
        linted = Collections.unmodifiableSortedSet(new TreeSet<>(linted));
    }

    public LintResult(List<Finding> findings, Summary summary) {
        this(findings, summary, new TreeSet<>(), Optional.empty());
    }

    /** True when the applied baseline accepts this finding: it is reported as baselined and never fails. */
    public boolean isBaselined(Finding finding) {
        return baseline.map(b -> b.accepts(finding)).orElse(false);
    }

    /** The findings not accepted by a baseline: all of them when there is none. */
    public List<Finding> newFindings() {
        return baseline.isEmpty() ? findings : findings.stream().filter(f -> !isBaselined(f)).toList();
    }

    public boolean failsAt(Severity threshold) {
        return newFindings().stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    /** This result with a baseline applied: the summary counts move from the accepted findings to {@code baselined}. */
    public LintResult withBaseline(BaselineStatus status) {
        LintResult marked = new LintResult(findings, summary, linted, Optional.of(status));
        List<Finding> fresh = marked.newFindings();
        Summary counts = summary.withFindingCounts(count(fresh, Severity.ERROR), count(fresh, Severity.WARNING),
                count(fresh, Severity.INFO), findings.size() - fresh.size());
        return new LintResult(findings, counts, linted, Optional.of(status));
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}
