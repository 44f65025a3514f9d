package dev.gitopslint.rules.repo;

import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.RepoRule;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import dev.gitopslint.core.suppress.SuppressionDirective;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

@RuleInfo(
        id = "suppression-invalid",
        severity = Severity.ERROR,
        scope = Scope.REPO,
        summary = "A suppression comment has no reason, or names a rule that does not exist.",
        description = "Suppressions must say why (`# gitops-lint: ignore <rule-id> -- <reason>`) so the next "
                + "reader can judge them; one without a reason suppresses nothing. A misspelt rule id would "
                + "silently suppress nothing too. Add the reason after `--`, or fix the id (see "
                + "`gitops-lint rules`).",
        origin = "Suppression needs a reason (design convention).",
        bad = "tolerations: []  # gitops-lint: ignore values-empty-override",
        good = "tolerations: []  # gitops-lint: ignore values-empty-override -- this job runs on any node")
public final class SuppressionInvalidRule implements RepoRule {

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Set<String> known = new TreeSet<>(context.knownRuleIds());
        for (SuppressionDirective directive : context.workspace().suppressions()) {
            if (!directive.hasReason()) {
                sink.report(directive.position(), "suppression without a reason suppresses nothing: write "
                        + "`gitops-lint: ignore " + String.join(",", directive.ruleIds()) + " -- <why this is fine>`");
            }
            List<String> unknown = directive.ruleIds().stream()
                    .filter(id -> !id.equals("all") && !known.contains(id)).toList();
            if (!unknown.isEmpty()) {
                sink.report(directive.position(), "suppression names unknown rule " + String.join(", ", unknown)
                        + ": check the id with `gitops-lint rules`");
            }
        }
    }
}
