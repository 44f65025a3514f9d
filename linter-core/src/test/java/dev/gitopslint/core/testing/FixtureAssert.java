package dev.gitopslint.core.testing;

import dev.gitopslint.core.GitOpsLinter;
import dev.gitopslint.core.config.ConfigException;
import dev.gitopslint.core.engine.LintRequest;
import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.rule.Rule;
import dev.gitopslint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Lints a fixture tree and asserts that the findings are exactly the marked lines: a missing finding
 * and an unexpected one both fail, with a readable list of each. Only rules that are installed are
 * asserted, so a fixture may already carry markers for a rule still to come; marker ids are checked
 * against the rule catalog so that a typo cannot hide.
 */
public final class FixtureAssert {

    private FixtureAssert() {
    }

    public static LintResult assertFindingsMatchMarkers(Path fixture) throws IOException, ConfigException {
        RuleRegistry rules = RuleRegistry.load();
        LintResult result = new GitOpsLinter(rules).lint(LintRequest.of(fixture));
        assertMatches(fixture, result, rules);
        return result;
    }

    public static void assertMatches(Path fixture, LintResult result, RuleRegistry rules) throws IOException {
        Set<String> installed = rules.all().stream().map(Rule::id).collect(Collectors.toSet());
        SortedSet<Expectation> expected = new TreeSet<>();
        SortedSet<String> unknownIds = new TreeSet<>();
        for (Expectation expectation : ExpectationMarkers.read(fixture)) {
            if (installed.contains(expectation.ruleId())) {
                expected.add(expectation);
            } else if (!RuleCatalog.IDS.contains(expectation.ruleId())) {
                unknownIds.add(expectation + " (no such rule)");
            }
        }
        SortedSet<Expectation> actual = new TreeSet<>();
        for (Finding finding : result.findings()) {
            actual.add(new Expectation(finding.location().file(), finding.location().line(), finding.ruleId()));
        }
        SortedSet<Expectation> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        SortedSet<Expectation> unexpected = new TreeSet<>(actual);
        unexpected.removeAll(expected);
        if (missing.isEmpty() && unexpected.isEmpty() && unknownIds.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("findings of " + fixture + " do not match its markers\n");
        append(message, "expected but not reported", missing);
        SortedSet<String> unexpectedWithMessages = new TreeSet<>();
        unexpected.forEach(e -> unexpectedWithMessages.add(e + "  " + messageOf(result, e)));
        append(message, "reported but not marked", unexpectedWithMessages);
        append(message, "markers naming unknown rules", unknownIds);
        throw new AssertionError(message.toString());
    }

    private static String messageOf(LintResult result, Expectation e) {
        return result.findings().stream()
                .filter(f -> f.ruleId().equals(e.ruleId()) && f.location().file().equals(e.file())
                        && f.location().line() == e.line())
                .map(Finding::message).findFirst().orElse("");
    }

    private static void append(StringBuilder message, String title, SortedSet<?> items) {
        if (items.isEmpty()) {
            return;
        }
        message.append("  ").append(title).append(":\n");
        items.forEach(item -> message.append("    ").append(item).append('\n'));
    }
}
