package dev.gitopslint.rules.values;

import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.chart.TemplateReferences;
import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.manifest.Located;
import dev.gitopslint.core.manifest.Manifest;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import dev.gitopslint.core.rule.ValuesRule;
import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.values.ValuesLayer;
import dev.gitopslint.core.workspace.Chart;
import dev.gitopslint.core.yaml.YamlEntry;
import dev.gitopslint.core.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "values-namespace-leak",
        severity = Severity.ERROR,
        scope = Scope.VALUES,
        summary = "A values layer shared by several charts sets a root `namespace` key.",
        description = "Globals and shared layers are merged into every chart they reach, third-party charts "
                + "included. Many charts read `.Values.namespace` to place their objects, so a root `namespace:` "
                + "meant for one chart moves other charts' objects into the wrong namespace. Error when a chart "
                + "it reaches reads `.Values.namespace`, or when an app it feeds renders objects into that "
                + "namespace although the app deploys to another (the related locations show where); warning "
                + "when no chart it reaches can be checked. Move the key to the one component's own layer, or remove it and "
                + "let the Application's destination namespace apply.",
        origin = "Seed 450, values layering footgun: `namespace: argocd` in cluster globals put operators into the "
                + "wrong namespace.",
        bad = "# sources/values/cluster/globals.yaml\nnamespace: argocd",
        good = "# sources/values/_shared/cluster/argocd.yaml (feeds only the argocd chart)\nnamespace: argocd")
public final class ValuesNamespaceLeakRule implements ValuesRule {

    /** Enough rendered objects to show the effect; the full list would only repeat it. */
    private static final int MAX_RENDERED_EVIDENCE = 5;

    @Override
    public void check(App app, RuleContext context, FindingSink sink) {
        for (ValuesLayer layer : app.values().presentLayers()) {
            Optional<YamlEntry> namespace = layer.content().flatMap(m -> m.entry("namespace"))
                    .filter(e -> e.value() instanceof YamlScalar s && !s.isNull());
            Set<String> charts = context.apps().chartsReachedBy(layer.file());
            if (namespace.isEmpty() || charts.size() < 2) {
                continue;
            }
            report(layer, namespace.get(), charts, context, sink);
        }
    }

    private static void report(ValuesLayer layer, YamlEntry namespace, Set<String> charts, RuleContext context,
            FindingSink sink) {
        String value = ((YamlScalar) namespace.value()).text();
        List<Related> evidence = new ArrayList<>();
        List<String> readerNames = new ArrayList<>();
        boolean unchecked = false;
        for (String key : charts) {
            Optional<Chart> chart = key.startsWith("chart:")
                    ? context.workspace().chart(key.substring("chart:".length())) : Optional.empty();
            if (chart.isEmpty()) {
                unchecked = true;
                continue;
            }
            Optional<Position> read = TemplateReferences.firstRead(context.workspace(), chart.get(), "namespace");
            if (read.isPresent()) {
                evidence.add(new Related(read.get(), "chart " + chart.get().name() + " reads .Values.namespace here"));
                readerNames.add(chart.get().name());
            }
        }
        List<Related> rendered = renderedOutsideDestination(layer, value, context);
        evidence.addAll(rendered);
        String setting = "`namespace: " + value + "`";
        if (!evidence.isEmpty()) {
            String effect = readerNames.isEmpty() ? "" : " leaks into " + String.join(", ", readerNames)
                    + ", which read .Values.namespace";
            String landed = rendered.isEmpty() ? ""
                    : (effect.isEmpty() ? " moves" : "; it moves") + " rendered objects out of their apps' "
                            + "destination namespaces into " + value + " (see the related locations)";
            sink.report(Optional.of(Severity.ERROR), namespace.key().position(), setting + " in a layer merged into "
                    + charts.size() + " charts" + effect + landed + ". Set it only in the layer of the component "
                    + "that needs it", evidence);
        } else if (unchecked) {
            sink.report(Optional.of(Severity.WARNING), namespace.key().position(), setting
                    + " in a layer merged into " + charts.size() + " charts may leak into any of them that reads "
                    + ".Values.namespace (not all could be checked). Set it only in the layer of the component "
                    + "that needs it", List.of());
        }
    }

    /**
     * Rendered objects of the apps this layer feeds that land in the layer's namespace although their
     * app deploys to another one: the leak, seen in the output whatever the templates look like.
     */
    private static List<Related> renderedOutsideDestination(ValuesLayer layer, String namespace, RuleContext context) {
        List<Related> found = new ArrayList<>();
        for (App app : context.apps().apps()) {
            if (app.destinationNamespace().filter(d -> !d.equals(namespace)).isEmpty()
                    || app.values().presentLayers().stream().noneMatch(l -> l.file().equals(layer.file()))) {
                continue;
            }
            for (Manifest manifest : context.rendering(app.target()).map(r -> r.manifests()).orElse(List.of())) {
                if (manifest.namespace().filter(namespace::equals).isPresent()) {
                    found.add(new Related(inTemplate(manifest.locate("/metadata/namespace")), manifest.describe()
                            + " of " + app.target() + " renders into " + namespace + ", not its destination "
                            + app.destinationNamespace().get()));
                    break;
                }
            }
            if (found.size() == MAX_RENDERED_EVIDENCE) {
                break;
            }
        }
        return found;
    }

    /** The template line that placed the object (the located value itself is the layer's own line). */
    private static Position inTemplate(Located located) {
        return located.related().stream().map(Related::position).findFirst().orElse(located.position());
    }
}
