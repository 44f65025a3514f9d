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
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "argocd-cr-as-hook",
        severity = Severity.ERROR,
        scope = Scope.APP,
        summary = "A declarative resource (not a Job, Pod or Workflow) is an Argo CD sync hook.",
        description = "Hooks are created outside the app's tracked resources and the sync waits for each to become "
                + "healthy. A declarative resource that an operator reconciles later (a custom resource, a "
                + "Deployment) turns ordinary operator retries into a failed sync: the sync stops, the resources "
                + "after the hook are never applied and the app stays Missing; hooks are also invisible to drift "
                + "detection and pruning. Make it a normal resource and order it with "
                + "`argocd.argoproj.io/sync-wave`. A Helm hook counts the way Argo CD maps it: `pre-install` and "
                + "`pre-upgrade` run as PreSync, `post-install` and `post-upgrade` as PostSync, `pre-delete` and "
                + "`post-delete` as PreDelete and PostDelete; Argo CD ignores Helm's other hooks (`test`, "
                + "`pre-rollback`, ...) and treats `crd-install` as a normal resource, so those are not reported. "
                + "Error for custom resources and workloads. ServiceAccounts, RBAC objects, ConfigMaps and "
                + "Secrets that run in the same phase as a hook Job, Pod or Workflow are the usual support of "
                + "that hook and are not reported; on their own they are a warning.",
        origin = "Seed 450: KeycloakRealmImport rendered as a PreSync hook kept local-platform-keycloak-realm "
                + "Missing.",
        bad = "kind: KeycloakRealmImport\nmetadata:\n  annotations:\n    argocd.argoproj.io/hook: PreSync",
        good = "kind: KeycloakRealmImport\nmetadata:\n  annotations:\n    argocd.argoproj.io/sync-wave: \"10\"")
public final class ArgocdCrAsHookRule implements AppRule {

    private static final Set<String> SUPPORT_KINDS = Set.of("ServiceAccount", "Role", "RoleBinding",
            "ClusterRole", "ClusterRoleBinding", "ConfigMap", "Secret");

    @Override
    public void check(RenderedApp app, RuleContext context, FindingSink sink) {
        if (!app.rendered()) {
            return;
        }
        Set<String> workloadPhases = new HashSet<>();
        for (Manifest manifest : app.manifests()) {
            SyncHook hook = SyncHook.of(manifest);
            if (hook.runs() && HookKinds.isRunnable(manifest)) {
                workloadPhases.addAll(hook.phases());
            }
        }
        for (Manifest manifest : app.manifests()) {
            SyncHook hook = SyncHook.of(manifest);
            if (!hook.runs() || HookKinds.isRunnable(manifest)) {
                continue;
            }
            boolean support = isCoreSupport(manifest);
            if (support && hook.phases().stream().anyMatch(workloadPhases::contains)) {
                continue;
            }
            Located at = manifest.locate(hook.pointer());
            String what = "a " + manifest.kind() + " is a " + hook.describe(manifest);
            if (support) {
                sink.report(Optional.of(Severity.WARNING), at.position(), what + " with no hook Job, Pod or "
                        + "Workflow in that phase: Argo CD does not track it as the app's resource (no drift "
                        + "detection, no pruning) and may delete it after the sync. Make it a normal resource",
                        at.related());
            } else {
                sink.report(Optional.of(Severity.ERROR), at.position(), what + ": Argo CD creates it outside the "
                        + "app's tracked resources and fails the sync when it is not healthy at once, leaving the "
                        + "app Missing. Make it a normal resource and order it with argocd.argoproj.io/sync-wave",
                        at.related());
            }
        }
    }

    private static boolean isCoreSupport(Manifest manifest) {
        String group = manifest.group();
        return SUPPORT_KINDS.contains(manifest.kind())
                && (group.isEmpty() || group.equals("rbac.authorization.k8s.io"));
    }
}
