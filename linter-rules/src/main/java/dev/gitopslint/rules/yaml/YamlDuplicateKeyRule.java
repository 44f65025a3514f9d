package dev.gitopslint.rules.yaml;

import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.RepoRule;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import dev.gitopslint.core.yaml.YamlProblem;

@RuleInfo(
        id = "yaml-duplicate-key",
        severity = Severity.ERROR,
        scope = Scope.REPO,
        summary = "A mapping has the same key twice.",
        description = "Helm, like most YAML readers, silently keeps the last of duplicated keys, so the first "
                + "value never applies and nobody notices. The finding is on the second occurrence and names the "
                + "first; keep one of them.",
        origin = "Silent overrides inside one values file.",
        bad = "resources:\n  limits: {memory: 1Gi}\nresources:\n  requests: {memory: 512Mi}",
        good = "resources:\n  limits: {memory: 1Gi}\n  requests: {memory: 512Mi}")
public final class YamlDuplicateKeyRule implements RepoRule {

    @Override
    public void check(RuleContext context, FindingSink sink) {
        LoadProblems.report(context, sink, YamlProblem.Kind.DUPLICATE_KEY);
    }
}
