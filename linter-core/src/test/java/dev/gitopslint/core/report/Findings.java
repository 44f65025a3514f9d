package dev.gitopslint.core.report;

import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.engine.Summary;
import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.finding.Target;
import dev.gitopslint.core.rule.RepoRule;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.RuleRegistry;
import dev.gitopslint.core.rule.Scope;
import dev.gitopslint.core.source.Position;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Hand-made findings for the format edge cases no fixture produces (escaping, GitHub's limits). The
 * formats are also tested on real lint results in the CLI module.
 */
final class Findings {

    @RuleInfo(id = "demo-error", severity = Severity.ERROR, scope = Scope.VALUES,
            summary = "A demo rule.", description = "It reports things.\n\nFix them.",
            origin = "An outage.", bad = "a: []", good = "a: [x]")
    static final class DemoRule implements RepoRule {
        @Override
        public void check(dev.gitopslint.core.rule.RuleContext context, dev.gitopslint.core.rule.FindingSink sink) {
        }
    }

    static final RuleRegistry RULES = new RuleRegistry(List.of(new DemoRule()));

    private Findings() {
    }

    static Finding finding(String rule, Severity severity, String message, Position at, List<Related> related,
            Target... targets) {
        SortedSet<Target> set = new TreeSet<>(List.of(targets));
        return new Finding(rule, severity, message, at, related, set,
                Integer.toHexString((rule + at + message).hashCode()));
    }

    static Finding error(String file, int line, String message, Target... targets) {
        return finding("demo-error", Severity.ERROR, message, new Position(file, line, 1), List.of(), targets);
    }

    static LintResult result(List<Finding> findings, Target... linted) {
        int errors = (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        int warnings = (int) findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        int infos = findings.size() - errors - warnings;
        return new LintResult(findings, new Summary(errors, warnings, infos, linted.length, 1, 0, 1, 0),
                new TreeSet<>(List.of(linted)), Optional.empty());
    }

    static ReportSettings settings(Path repository) {
        return ReportSettings.of(repository, RULES, "1.2.3");
    }
}
