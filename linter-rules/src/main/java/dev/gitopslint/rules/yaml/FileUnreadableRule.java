package dev.gitopslint.rules.yaml;

import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.RepoRule;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import dev.gitopslint.core.yaml.YamlProblem;

@RuleInfo(
        id = "file-unreadable",
        severity = Severity.ERROR,
        scope = Scope.REPO,
        summary = "A YAML file cannot be read as YAML text: too large, binary, not UTF-8, or unreadable.",
        description = "The file is skipped, so nothing in it is checked, and the tools that deploy it will "
                + "reject it too. Save it as UTF-8 text, remove binary content from .yaml files, or, for a "
                + "legitimately large file, raise maxFileSize in .gitops-lint.yaml.",
        origin = "Hostile input must never stop or silently shorten a run.",
        bad = "# a values.yaml saved as UTF-16, or a 20 MiB generated file",
        good = "# UTF-8 text under the size limit")
public final class FileUnreadableRule implements RepoRule {

    @Override
    public void check(RuleContext context, FindingSink sink) {
        LoadProblems.report(context, sink, YamlProblem.Kind.UNREADABLE);
    }
}
