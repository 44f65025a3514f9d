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
import dev.gitopslint.core.yaml.YamlMap;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "argocd-hook-policy",
        severity = Severity.WARNING,
        scope = Scope.APP,
        summary = "A hook Job can block later syncs: no BeforeHookCreation delete policy, or no activeDeadlineSeconds.",
        description = "Argo CD applies hooks with `kubectl apply`. A hook Job with a fixed name whose delete "
                + "policies (`argocd.argoproj.io/hook-delete-policy` and Helm's `helm.sh/hook-delete-policy`, "
                + "which Argo CD honours too) do not include BeforeHookCreation survives its sync: a failed one "
                + "fails every later sync at once, a succeeded one is never run again. Without any policy Argo CD "
                + "uses BeforeHookCreation, so only explicit policies without it are reported; Jobs named with "
                + "`generateName` are new each sync and are not. A hook Job without `spec.activeDeadlineSeconds` "
                + "can hang forever and the sync with it. Add BeforeHookCreation to the delete policy and set "
                + "`spec.activeDeadlineSeconds`.",
        origin = "Seed 450: failed and stuck bootstrap and smoke hook Jobs blocked later syncs.",
        bad = "metadata:\n  name: db-migrate\n  annotations:\n    argocd.argoproj.io/hook: PreSync\n"
                + "    argocd.argoproj.io/hook-delete-policy: HookSucceeded\nspec:\n  template: ...",
        good = "metadata:\n  name: db-migrate\n  annotations:\n    argocd.argoproj.io/hook: PreSync\n"
                + "    argocd.argoproj.io/hook-delete-policy: BeforeHookCreation,HookSucceeded\n"
                + "spec:\n  activeDeadlineSeconds: 600\n  template: ...")
public final class ArgocdHookPolicyRule implements AppRule {

    @Override
    public void check(RenderedApp app, RuleContext context, FindingSink sink) {
        if (!app.rendered()) {
            return;
        }
        for (Manifest manifest : app.manifests()) {
            SyncHook hook = SyncHook.of(manifest);
            if (!hook.runs() || !HookKinds.isJob(manifest)) {
                continue;
            }
            checkDeletePolicy(manifest, hook, sink);
            checkDeadline(manifest, hook, sink);
        }
    }

    private static void checkDeletePolicy(Manifest manifest, SyncHook hook, FindingSink sink) {
        Set<String> policies = SyncHook.deletePolicies(manifest);
        boolean fixedName = manifest.object().map("metadata").flatMap(m -> m.text("name")).isPresent();
        if (policies.contains(SyncHook.BEFORE_HOOK_CREATION) || !fixedName) {
            return;
        }
        Optional<String> key = SyncHook.deletePolicyKey(manifest);
        Located at = manifest.locate(SyncHook.annotationPointer(key.orElse(hook.annotationKey())));
        String policyList = String.join(",", policies);
        sink.report(at.position(), "hook Job with delete policy " + policyList + " and no BeforeHookCreation "
                + "keeps its name across syncs: Argo CD re-applies the old Job instead of running a new one, so "
                + (policies.contains("HookSucceeded") ? "a failed run fails every later sync at once"
                        : "a finished run is never repeated")
                + ". Add BeforeHookCreation to the hook's delete policy", at.related());
    }

    private static void checkDeadline(Manifest manifest, SyncHook hook, FindingSink sink) {
        Optional<YamlMap> spec = manifest.object().map("spec");
        if (spec.flatMap(s -> s.get("activeDeadlineSeconds")).isPresent()) {
            return;
        }
        Located at = manifest.locate(spec.isPresent() ? "/spec" : "");
        sink.report(at.position(), "hook Job (" + hook.describe(manifest) + ") has no spec.activeDeadlineSeconds: "
                + "if it hangs, the sync waits forever and blocks every later sync of the app. Set "
                + "spec.activeDeadlineSeconds (e.g. 600)", at.related());
    }
}
