package dev.gitopslint.rules.argocd;

import dev.gitopslint.core.apps.AppSource;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.render.RenderedApp;
import dev.gitopslint.core.rule.AppRule;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import java.util.Optional;

@RuleInfo(
        id = "argocd-source-not-local",
        severity = Severity.WARNING,
        scope = Scope.APP,
        summary = "An app's chart comes from another repository or a chart registry that this repository does not "
                + "vendor.",
        description = "gitops-lint renders offline, from this repository only. An app whose source is another git "
                + "repository, a Helm repository or an OCI registry cannot be rendered, so no rule checks the "
                + "objects it deploys, and what it deploys can change without a commit here. Vendor the chart into "
                + "this repository (pin the version) and point the source at it, or declare where the copy lives "
                + "(`vendored:` in the configuration: repoURL, chart, and a path that may contain {version}); a "
                + "configured copy that does not exist for the source's version is reported too. The finding is on the source as the Application or ApplicationSet "
                + "declares it.",
        origin = "Non-reproducible renders.",
        bad = "source:\n  repoURL: https://charts.bitnami.com/bitnami\n  chart: redis\n  targetRevision: 19.x",
        good = "source:\n  repoURL: https://github.com/example/gitops.git\n  path: third_party/charts/redis")
public final class ArgocdSourceNotLocalRule implements AppRule {

    @Override
    public void check(RenderedApp app, RuleContext context, FindingSink sink) {
        Optional<AppSource> source = app.app().deployment().source();
        if (source.isEmpty() || source.get().isLocal()) {
            return;
        }
        if (source.get().vendoredCopy().isPresent()) {
            // Usually a version bump of the source without a new copy: the old one would hide the change.
            sink.report(source.get().declaredAt(), "the app's source " + source.get().describe() + " has a vendored "
                    + "copy configured at " + source.get().vendoredCopy().get() + ", but that directory is not in this "
                    + "repository: vendor this version there (or fix `vendored:` in .gitops-lint.yaml); until then "
                    + "no rule checks what the app deploys");
            return;
        }
        sink.report(source.get().declaredAt(), "the app's source " + source.get().describe() + " is not in this "
                + "repository: it cannot be rendered offline, so no rule checks what it deploys. Vendor the chart "
                + "into this repository and point the source at it, or declare the copy under `vendored:` in "
                + ".gitops-lint.yaml");
    }
}
