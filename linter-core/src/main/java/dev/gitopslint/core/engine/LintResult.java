package dev.gitopslint.core.engine;

import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.finding.Severity;
import java.util.List;

/** The outcome of one run: sorted findings and a summary. */
public record LintResult(List<Finding> findings, Summary summary) {

    public LintResult {
        findings = List.copyOf(findings);
    }

    public boolean failsAt(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
