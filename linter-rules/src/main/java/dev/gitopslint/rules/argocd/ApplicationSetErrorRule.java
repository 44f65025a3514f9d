package dev.gitopslint.rules.argocd;

import dev.gitopslint.core.apps.AppModel;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.RepoRule;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "argocd-applicationset-error",
        severity = Severity.ERROR,
        scope = Scope.REPO,
        summary = "An ApplicationSet cannot generate its Applications: a template or generator fails.",
        description = "Argo CD's ApplicationSet controller stops generating (and may delete) the Applications "
                + "when a Go template fails (a missing key under `missingkey=error`, a function error), when "
                + "`templatePatch` does not produce valid YAML, or when a git generator cannot read its files. "
                + "The message names the parameter set and the generator file it came from; fix the template, or "
                + "add the missing key to that file. A generator only a live system can evaluate (pull requests, SCM "
                + "providers, cluster decisions, plugins, another repository's files) is reported as info: its "
                + "Applications are not linted.",
        origin = "An ApplicationSet that could not be evaluated stopped app generation for every environment "
                + "(seed 450).",
        bad = "template:\n  metadata:\n    name: '{{ .env }}-{{ .nmae }}'   # goTemplateOptions: [missingkey=error]",
        good = "template:\n  metadata:\n    name: '{{ .env }}-{{ .name }}'")
public final class ApplicationSetErrorRule implements RepoRule {

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (AppModel.Problem problem : context.apps().problems()) {
            if (problem.offlineLimit()) {
                // Argo CD generates these fine; only the linter cannot: say so, without failing the run.
                sink.report(Optional.of(Severity.INFO), problem.position(), problem.message(), List.of());
            } else {
                sink.report(problem.position(), problem.message());
            }
        }
    }
}
