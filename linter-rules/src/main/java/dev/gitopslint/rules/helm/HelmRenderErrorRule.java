package dev.gitopslint.rules.helm;

import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.render.RenderFailure;
import dev.gitopslint.core.render.RenderedApp;
import dev.gitopslint.core.rule.AppRule;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.values.ValuesLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

@RuleInfo(
        id = "helm-render-error",
        severity = Severity.ERROR,
        scope = Scope.APP,
        summary = "Helm fails to render an app.",
        description = "A template error, a `required` value that no layer sets, values rejected by the chart's "
                + "values.schema.json: Argo CD would fail to generate the app's manifests and could not sync it. "
                + "The message is Helm's own, with the app, its environment and the values layers in the order "
                + "Helm merged them (lowest first); the finding is where Helm points (a template line) when it "
                + "says, else the chart. The other apps are still linted.",
        origin = "Broken apps found before Argo CD finds them.",
        bad = "image: {{ required \"image.tag is required\" .Values.image.tag }}   # and no layer sets image.tag",
        good = "# values/env/prod/apps/api.yaml\nimage:\n  tag: 1.4.2")
public final class HelmRenderErrorRule implements AppRule {

    @Override
    public void check(RenderedApp rendered, RuleContext context, FindingSink sink) {
        if (rendered.failure().isEmpty() || rendered.failure().get().kind() != RenderFailure.Kind.HELM_ERROR) {
            return;
        }
        RenderFailure failure = rendered.failure().get();
        if (failure.message().contains("don't meet the specifications of the schema")
                && context.config().rule("values-schema").enabled()) {
            return; // values-schema reports each violation on the values line that set it
        }
        App app = rendered.app();
        List<ValuesLayer> layers = app.values().layers();
        String layerList = layers.isEmpty() ? "none"
                : layers.stream().map(l -> l.file() + (l.present() ? "" : " (missing)"))
                        .collect(Collectors.joining(", "));
        List<Related> related = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).present()) {
                related.add(new Related(Position.ofFile(layers.get(i).file()), "values layer " + (i + 1)
                        + " of " + app.name() + " (" + app.environment() + ")"));
            }
        }
        sink.report(failure.location(), (failure.message().startsWith("kustomize") ? "cannot render " : "Helm cannot render ") + app.name() + " in environment "
                + app.environment() + ": " + failure.message().strip() + " (values layers, lowest first: "
                + layerList + ")", related);
    }
}
