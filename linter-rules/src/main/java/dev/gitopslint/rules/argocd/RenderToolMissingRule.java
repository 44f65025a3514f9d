package dev.gitopslint.rules.argocd;

import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.render.RenderFailure;
import dev.gitopslint.core.render.RenderedApp;
import dev.gitopslint.core.rule.AppRule;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;

@RuleInfo(
        id = "render-tool-missing",
        severity = Severity.INFO,
        scope = Scope.APP,
        summary = "A kustomize source is not rendered because neither kustomize nor kubectl is on PATH.",
        description = "Helm charts are rendered by the embedded Helm engine, but kustomizations are built with "
                + "an external `kustomize` (or `kubectl kustomize`) binary, which is not bundled. Without one "
                + "the app's objects are not checked. Install kustomize or kubectl where gitops-lint runs (the "
                + "GitHub Action's runners have kubectl) to lint them.",
        origin = "No silent gaps: an app that is not checked is said to be unchecked.",
        bad = "# CI image without kustomize or kubectl, and an Application whose source has a kustomization.yaml",
        good = "# kubectl (or kustomize) on PATH: the kustomization is built and its objects are linted")
public final class RenderToolMissingRule implements AppRule {

    @Override
    public void check(RenderedApp app, RuleContext context, FindingSink sink) {
        app.failure().filter(f -> f.kind() == RenderFailure.Kind.TOOL_MISSING)
                .ifPresent(f -> sink.report(f.location(), f.message()));
    }
}
