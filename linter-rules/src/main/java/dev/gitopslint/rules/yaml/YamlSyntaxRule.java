package dev.gitopslint.rules.yaml;

import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.RepoRule;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import dev.gitopslint.core.yaml.YamlProblem;

@RuleInfo(
        id = "yaml-syntax",
        severity = Severity.ERROR,
        scope = Scope.REPO,
        summary = "A YAML file does not parse.",
        description = "The file is not valid YAML. Argo CD, Helm and kubectl reject it, and an ApplicationSet "
                + "that does not parse stops app generation for every environment. The finding gives the line and "
                + "column where the parser gave up; fix the indentation, quoting or flow collection there. "
                + "Documents before the error are still linted.",
        origin = "An ApplicationSet with a bad indent stopped app generation for every environment.",
        bad = "tolerations:\n  - key: dedicated\n   value: infra   # one space too many",
        good = "tolerations:\n  - key: dedicated\n    value: infra")
public final class YamlSyntaxRule implements RepoRule {

    @Override
    public void check(RuleContext context, FindingSink sink) {
        LoadProblems.report(context, sink, YamlProblem.Kind.SYNTAX);
    }
}
