package dev.gitopslint.rules.yaml;

import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.RepoRule;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import dev.gitopslint.core.yaml.YamlProblem;

@RuleInfo(
        id = "yaml-unsafe",
        severity = Severity.ERROR,
        scope = Scope.REPO,
        summary = "A YAML document exceeds a safety limit (alias expansion or nesting depth) and is not loaded.",
        description = "Aliases that expand exponentially (an \"alias bomb\") or extreme nesting make YAML readers, "
                + "Argo CD's repo-server among them, run out of memory or stack. The document is refused and "
                + "reported where the limit was crossed; flatten the structure or remove the self-multiplying "
                + "aliases.",
        origin = "Hostile or generated YAML reaching the repo-server.",
        bad = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n# ... nine more levels",
        good = "a: [x, x, x]")
public final class YamlUnsafeRule implements RepoRule {

    @Override
    public void check(RuleContext context, FindingSink sink) {
        LoadProblems.report(context, sink, YamlProblem.Kind.UNSAFE);
    }
}
