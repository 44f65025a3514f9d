package dev.gitopslint.maven;

import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.engine.Summary;
import dev.gitopslint.core.finding.Severity;

/** Whether the findings fail the build at a threshold, and the one-line summary that says so. */
record Verdict(boolean fails, String message) {

    static Verdict of(LintResult result, Severity threshold) {
        // The summary's counts, not the findings: they leave out findings a baseline accepts.
        Summary s = result.summary();
        long failing = s.errors() + (Severity.WARNING.atLeast(threshold) ? s.warnings() : 0)
                + (Severity.INFO.atLeast(threshold) ? s.infos() : 0);
        String counts = s.errors() + " " + plural(s.errors(), "error") + ", " + s.warnings() + " "
                + plural(s.warnings(), "warning") + ", " + s.infos() + " info";
        if (result.failsAt(threshold)) {
            return new Verdict(true, "gitops-lint: " + failing + " " + plural(failing, "finding") + " at or above "
                    + threshold.label() + " (" + counts + ")");
        }
        return new Verdict(false, "gitops-lint: no finding at or above " + threshold.label() + " (" + counts + ")");
    }

    private static String plural(long count, String noun) {
        return count == 1 ? noun : noun + "s";
    }
}
