package dev.gitopslint.rules.values;

import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.chart.TemplateReferences;
import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import dev.gitopslint.core.rule.ValuesRule;
import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.values.ValuesLayer;
import dev.gitopslint.core.workspace.Chart;
import dev.gitopslint.core.yaml.YamlEntry;
import dev.gitopslint.core.yaml.YamlMap;
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
                + "it reaches reads `.Values.namespace` (the related location shows where); warning when no chart "
                + "it reaches can be checked. Move the key to the one component's own layer, or remove it and "
                + "let the Application's destination namespace apply.",
        origin = "Seed 450, values layering footgun: `namespace: argocd` in cluster globals put operators into the "
                + "wrong namespace.",
        bad = "# sources/values/cluster/globals.yaml\nnamespace: argocd",
        good = "# sources/values/_shared/cluster/argocd.yaml (feeds only the argocd chart)\nnamespace: argocd")
public final class ValuesNamespaceLeakRule implements ValuesRule {

    @Override
    public void check(App app, RuleContext context, FindingSink sink) {
        for (ValuesLayer layer : app.values().presentLayers()) {
            Optional<YamlEntry> namespace = layer.content().flatMap(m -> m.entry("namespace"))
                    .filter(e -> !e.value().isNull() && !(e.value() instanceof YamlMap));
            Set<String> charts = context.apps().chartsReachedBy(layer.file());
            if (namespace.isEmpty() || charts.size() < 2) {
                continue;
            }
            report(namespace.get(), charts, context, sink);
        }
    }

    private static void report(YamlEntry namespace, Set<String> charts, RuleContext context, FindingSink sink) {
        List<Related> readers = new ArrayList<>();
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
                readers.add(new Related(read.get(), "chart " + chart.get().name() + " reads .Values.namespace here"));
                readerNames.add(chart.get().name());
            }
        }
        String setting = "`namespace: " + ((YamlScalar) namespace.value()).text() + "`";
        if (!readers.isEmpty()) {
            sink.report(Optional.of(Severity.ERROR), namespace.key().position(), setting + " in a layer merged into "
                    + charts.size() + " charts leaks into " + String.join(", ", readerNames)
                    + ", which read .Values.namespace: their objects move to that namespace. Set it only in the "
                    + "layer of the component that needs it", readers);
        } else if (unchecked) {
            sink.report(Optional.of(Severity.WARNING), namespace.key().position(), setting
                    + " in a layer merged into " + charts.size() + " charts may leak into any of them that reads "
                    + ".Values.namespace (not all could be checked). Set it only in the layer of the component "
                    + "that needs it", List.of());
        }
    }
}
