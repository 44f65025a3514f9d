package dev.gitopslint.rules.argocd;

import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.manifest.Located;
import dev.gitopslint.core.manifest.Manifest;
import dev.gitopslint.core.render.RenderedApp;
import dev.gitopslint.core.rule.AppRule;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;

@RuleInfo(
        id = "argocd-hook-only-app",
        severity = Severity.WARNING,
        scope = Scope.APP,
        summary = "Every object an app renders is a sync hook.",
        description = "Argo CD does not track hooks as the app's resources. When an app renders only hooks, "
                + "nothing of it can drift or be re-synced, so after a hook fails once the app shows "
                + "Synced/Healthy with a stale \"Last Sync Failed\" that auto-sync never clears. Render at least "
                + "one normal resource next to the hooks (for example a ConfigMap holding a checksum of the "
                + "hooks' inputs), so a change re-syncs the app. Helm hooks count as hooks the way Argo CD maps "
                + "them (see argocd-cr-as-hook); Helm test hooks, which Argo CD never applies, do not make an app "
                + "hook-only on their own. The finding is on the first hook's annotation.",
        origin = "Seed 450: smoke and readiness apps Synced/Healthy with a stale \"Last Sync Failed\".",
        bad = "# the chart renders only this Job\nmetadata:\n  annotations:\n    argocd.argoproj.io/hook: PostSync",
        good = "# plus a tracked ConfigMap\nkind: ConfigMap\ndata:\n  checksum: {{ .Values | toJson | sha256sum }}")
public final class ArgocdHookOnlyAppRule implements AppRule {

    @Override
    public void check(RenderedApp app, RuleContext context, FindingSink sink) {
        if (!app.rendered() || app.manifests().isEmpty()) {
            return;
        }
        Manifest firstRunning = null;
        SyncHook firstHook = null;
        for (Manifest manifest : app.manifests()) {
            SyncHook hook = SyncHook.of(manifest);
            if (!hook.isHook()) {
                return;
            }
            if (firstRunning == null && hook.runs()) {
                firstRunning = manifest;
                firstHook = hook;
            }
        }
        if (firstRunning == null) {
            return;
        }
        Located at = firstRunning.locate(firstHook.pointer());
        sink.report(at.position(), "every object this app renders is a sync hook (this " + firstRunning.kind()
                + " is a " + firstHook.describe(firstRunning) + "): Argo CD tracks none of them, so a failed hook "
                + "leaves a stale \"Last Sync Failed\" that auto-sync never clears. Render at least one normal "
                + "resource as well, e.g. a ConfigMap with a checksum of the hooks' inputs", at.related());
    }
}
