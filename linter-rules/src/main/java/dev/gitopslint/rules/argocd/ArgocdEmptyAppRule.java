package dev.gitopslint.rules.argocd;

import dev.gitopslint.core.apps.SyncPolicy;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.render.RenderedApp;
import dev.gitopslint.core.rule.AppRule;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;

@RuleInfo(
        id = "argocd-empty-app",
        severity = Severity.ERROR,
        scope = Scope.APP,
        summary = "An app renders no objects while it syncs automatically with prune and without allowEmpty.",
        description = "With `syncPolicy.automated.prune: true`, Argo CD refuses to auto-sync an app whose desired "
                + "state is empty (\"Skipping sync attempt... auto-sync will wipe out all resources\") unless "
                + "`allowEmpty: true` is set, so the app stays OutOfSync and whatever it deployed before is never "
                + "pruned. This happens when values disable everything a chart renders for one environment. "
                + "Set `syncPolicy.automated.allowEmpty: true` if empty is intended, have the chart render a small "
                + "marker object (a ConfigMap) when disabled, or leave the app out of that environment. The "
                + "finding is on the Application (or ApplicationSet) that defines the app.",
        origin = "Seed 450: local-www-ameide-platform stayed OutOfSync after its local overrides disabled the chart.",
        bad = "syncPolicy:\n  automated:\n    prune: true   # and the chart renders nothing in this environment",
        good = "syncPolicy:\n  automated:\n    prune: true\n    allowEmpty: true")
public final class ArgocdEmptyAppRule implements AppRule {

    @Override
    public void check(RenderedApp app, RuleContext context, FindingSink sink) {
        SyncPolicy policy = app.app().syncPolicy();
        if (!app.rendered() || !app.manifests().isEmpty() || !policy.automated() || !policy.prune()
                || policy.allowEmpty()) {
            return;
        }
        sink.report(app.app().definedAt(), "the app renders no objects while its sync policy is automated with "
                + "prune and without allowEmpty: Argo CD refuses to auto-sync it (\"auto-sync will wipe out all "
                + "resources\") and it stays OutOfSync. Set syncPolicy.automated.allowEmpty: true if empty is "
                + "intended, render a marker object when the chart is disabled, or leave the app out of this "
                + "environment");
    }
}
