package dev.gitopslint.rules.values;

import dev.gitopslint.core.apps.App;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@RuleInfo(
        id = "values-unused-key",
        severity = Severity.WARNING,
        scope = Scope.VALUES,
        summary = "A values layer that feeds one chart sets a key path the chart never reads.",
        description = "Helm ignores values no template reads, so a key at the wrong path or misspelt changes "
                + "nothing, silently. A key path counts as read when it is in the chart's values.yaml (or a "
                + "subchart's, under the subchart's name), when a template references it or a path above it "
                + "(`.Values.a.b`, `index .Values \"a\" \"b\"`: reading `a` reads everything under it), or when "
                + "the chart's values.schema.json declares it. `global.*` is exempt. Only layers that feed a "
                + "single chart are checked: globals and shared layers naturally carry keys some charts ignore. "
                + "The rule stays silent for a chart it cannot fully inspect: templates passing `.Values` whole "
                + "(`include`, `tpl`, `toYaml .Values`), chart files rendered with `tpl`, packaged or missing "
                + "dependencies. A key the schema forbids (`additionalProperties: false`) is left to "
                + "values-schema, which reports it as an error. The message suggests the closest key path the "
                + "chart reads.",
        origin = "Seed 450: tolerations set at the wrong path for a third-party chart, a `leaderElection` override "
                + "silently dropped by templating.",
        bad = "# ingress-nginx reads controller.tolerations\ntolerations:\n  - key: dedicated\n    operator: Exists",
        good = "controller:\n  tolerations:\n    - key: dedicated\n      operator: Exists")
public final class ValuesUnusedKeyRule implements ValuesRule {

    /** Paths offered to the suggestion search, at most: enough for large charts, bounded for huge ones. */
    private static final int SUGGESTION_CANDIDATES = 20_000;

    /** A key a layer sets that the chart's defaults do not show. */
    private record Unread(List<String> path, YamlEntry entry) {
    }

    @Override
    public void check(App app, RuleContext context, FindingSink sink) {
        if (app.chart().isEmpty()) {
            return;
        }
        Chart chart = app.chart().get();
        List<ValuesLayer> layers = app.values().presentLayers().stream()
                .filter(layer -> !layer.chartDefaults())
                .filter(layer -> context.apps().chartsReachedBy(layer.file()).size() == 1)
                .toList();
        if (layers.isEmpty()) {
            return;
        }
        // Most keys are in values.yaml: only the rest needs the templates, schema and subcharts.
        Optional<YamlMap> defaults = ChartKeys.defaultsOf(chart);
        List<Unread> candidates = new ArrayList<>();
        for (ValuesLayer layer : layers) {
            collectNotInDefaults(layer.content().get(), defaults, List.of(), candidates);
        }
        if (candidates.isEmpty()) {
            return;
        }
        Set<String> focus = candidates.stream().map(c -> c.path().get(0)).collect(Collectors.toSet());
        ReadableKeys readable = ChartKeys.of(context.workspace(), chart, app.values().merged(), focus);
        if (readable.readsEverything()) {
            return;
        }
        List<Unread> unread = new ArrayList<>();
        for (Unread candidate : candidates) {
            collectUnread(candidate.path(), candidate.entry(), readable, unread);
        }
        if (unread.isEmpty()) {
            return;
        }
        // Suggestions look at every key the chart reads: built only when there is something to report.
        List<ReadableKeys.KnownPath> known = ChartKeys.of(context.workspace(), chart, app.values().merged())
                .knownPaths(SUGGESTION_CANDIDATES);
        for (Unread key : unread) {
            report(key, chart, KeySuggestion.closest(key.path(), known), sink);
        }
    }

    /**
     * The keys of {@code layer} that values.yaml does not show. A default that is not a map, or an empty
     * map, takes anything below it; {@code global} is always read.
     */
    private static void collectNotInDefaults(YamlMap layer, Optional<YamlMap> defaults, List<String> prefix,
            List<Unread> out) {
        for (YamlEntry entry : layer.entries()) {
            if (prefix.isEmpty() && entry.name().equals("global")) {
                continue;
            }
            List<String> path = append(prefix, entry.name());
            Optional<YamlEntry> inDefaults = defaults.flatMap(d -> d.entry(entry.name()));
            if (inDefaults.isEmpty()) {
                out.add(new Unread(path, entry));
            } else if (inDefaults.get().value() instanceof YamlMap defaultMap && !defaultMap.isEmpty()
                    && entry.value() instanceof YamlMap layerMap) {
                collectNotInDefaults(layerMap, Optional.of(defaultMap), path, out);
            }
        }
    }

    private static void collectUnread(YamlMap map, List<String> prefix, ReadableKeys keys, List<Unread> out) {
        for (YamlEntry entry : map.entries()) {
            collectUnread(append(prefix, entry.name()), entry, keys, out);
        }
    }

    private static void collectUnread(List<String> path, YamlEntry entry, ReadableKeys keys, List<Unread> out) {
        switch (keys.reach(path)) {
            case COVERED, FORBIDDEN -> {
            }
            case UNREAD -> out.add(new Unread(path, entry));
            case PARTIAL -> {
                if (entry.value() instanceof YamlMap map) {
                    collectUnread(map, path, keys, out);
                }
            }
        }
    }

    private static void report(Unread key, Chart chart, Optional<ReadableKeys.KnownPath> suggestion,
            FindingSink sink) {
        String path = KeyPaths.display(key.path());
        StringBuilder message = new StringBuilder("chart ").append(chart.name()).append(" never reads `")
                .append(path).append("` (not in its values.yaml, templates or values.schema.json): Helm ignores "
                        + "it. ");
        List<Related> related = new ArrayList<>();
        if (suggestion.isPresent()) {
            String meant = KeyPaths.display(suggestion.get().path());
            message.append("Did you mean `").append(meant).append("`? Move the setting there, or delete this line");
            Position evidence = suggestion.get().position();
            if (evidence != null) {
                related.add(new Related(evidence, "chart " + chart.name() + " reads `" + meant + "` here"));
            }
        } else {
            message.append("Move it to the key path the chart reads, or delete this line");
        }
        sink.report(key.entry().key().position(), message.toString(), related);
    }

    private static List<String> append(List<String> prefix, String segment) {
        List<String> path = new ArrayList<>(prefix);
        path.add(segment);
        return List.copyOf(path);
    }
}
