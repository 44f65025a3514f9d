package dev.gitopslint.core.values;

import dev.gitopslint.core.yaml.JsonPointers;
import dev.gitopslint.core.yaml.YamlEntry;
import dev.gitopslint.core.yaml.YamlMap;
import dev.gitopslint.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Helm's two merge steps, with provenance.
 * <ol>
 * <li>Between values files ({@code -f a -f b}): maps merge key by key; anything else (lists, scalars,
 * {@code null}) replaces. A {@code null} stays in the result as null.</li>
 * <li>Against the chart's values.yaml ("coalesce"): a key the user did not set takes the default; a
 * user {@code null} deletes the key (default and all); maps coalesce recursively; a user list or
 * scalar wins.</li>
 * </ol>
 * An empty map ({@code {}}) merged over a map therefore changes nothing in either step.
 *
 * <p>Then, for each vendored subchart, Helm pushes the parent's {@code global} values down into
 * {@code .Values.<subchart>.global} (the parent's win) and coalesces the subchart's own values.yaml
 * under {@code .Values.<subchart>}. Subcharts disabled by a {@code condition} are coalesced too: a
 * simplification that only adds values nothing reads.
 */
public final class HelmValuesMerge {

    private final SortedMap<String, Provenance> provenance = new TreeMap<>();
    private final SortedMap<String, Provenance> deletedDefaults = new TreeMap<>();

    private HelmValuesMerge() {
    }

    /** Merges {@code userLayers} in order (last wins), then coalesces with {@code chartDefaults}. */
    public static MergedValues merge(List<ValuesLayer> userLayers, Optional<ValuesLayer> chartDefaults) {
        return merge(userLayers, chartDefaults, List.of());
    }

    /** As {@link #merge(List, Optional)}, then each subchart's defaults and globals (Helm's coalesceDeps). */
    public static MergedValues merge(List<ValuesLayer> userLayers, Optional<ValuesLayer> chartDefaults,
            List<SubchartDefaults> subcharts) {
        HelmValuesMerge merge = new HelmValuesMerge();
        YamlMap user = emptyMap();
        for (ValuesLayer layer : userLayers) {
            if (layer.content().isPresent()) {
                user = merge.mergeFiles(user, layer.content().get(), "", layer);
            }
        }
        YamlMap result = user;
        if (chartDefaults.flatMap(ValuesLayer::content).isPresent()) {
            result = merge.coalesce(user, chartDefaults.get().content().get(), "", chartDefaults.get());
        }
        for (SubchartDefaults subchart : subcharts) {
            result = merge.coalesceSubchart(result, subchart);
        }
        return new MergedValues(result, merge.provenance, merge.deletedDefaults);
    }

    private YamlMap mergeFiles(YamlMap base, YamlMap over, String pointer, ValuesLayer layer) {
        Map<String, YamlEntry> entries = entriesOf(base);
        for (YamlEntry entry : over.entries()) {
            String path = JsonPointers.append(pointer, entry.name());
            YamlEntry existing = entries.get(entry.name());
            Optional<Provenance> earlier = Optional.ofNullable(provenance.get(path));
            if (existing != null && existing.value() instanceof YamlMap baseMap
                    && entry.value() instanceof YamlMap overMap) {
                YamlMap merged = mergeFiles(baseMap, overMap, path, layer);
                entries.put(entry.name(), new YamlEntry(entry.key(), merged));
                provenance.put(path, new Provenance(layer, entry, earlier));
            } else {
                forgetBelow(path);
                entries.put(entry.name(), entry);
                provenance.put(path, new Provenance(layer, entry, earlier));
                recordSubtree(entry.value(), path, layer);
            }
        }
        return new YamlMap(List.copyOf(entries.values()), base.entries().isEmpty() ? over.position() : base.position());
    }

    private YamlMap coalesce(YamlMap user, YamlMap defaults, String pointer, ValuesLayer chart) {
        Map<String, YamlEntry> entries = entriesOf(user);
        for (YamlEntry def : defaults.entries()) {
            String path = JsonPointers.append(pointer, def.name());
            YamlEntry mine = entries.get(def.name());
            Provenance defaultProvenance = new Provenance(chart, def, Optional.empty());
            if (mine == null) {
                entries.put(def.name(), def);
                provenance.put(path, defaultProvenance);
                recordSubtree(def.value(), path, chart);
            } else if (mine.value().isNull()) {
                entries.remove(def.name());
                Provenance deletion = provenance.get(path);
                deletedDefaults.put(path, deletion.replacing(Optional.of(defaultProvenance)));
                provenance.remove(path);
                forgetBelow(path);
            } else if (mine.value() instanceof YamlMap userMap && def.value() instanceof YamlMap defaultMap) {
                entries.put(def.name(), new YamlEntry(mine.key(), coalesce(userMap, defaultMap, path, chart)));
                appendToChain(path, defaultProvenance);
            } else {
                appendToChain(path, defaultProvenance);
            }
        }
        return new YamlMap(List.copyOf(entries.values()), user.position());
    }

    private YamlMap coalesceSubchart(YamlMap parent, SubchartDefaults subchart) {
        String pointer = JsonPointers.append("", subchart.name());
        YamlMap values = parent.map(subchart.name()).orElse(emptyMap());
        Optional<YamlMap> parentGlobals = parent.map("global");
        if (parentGlobals.isPresent()) {
            YamlMap subGlobals = values.map("global").orElse(emptyMap());
            // The parent's globals win over what the subchart's values set: merge them over, key by key.
            YamlMap pushed = mergeGlobals(subGlobals, parentGlobals.get());
            values = replace(values, "global", pushed, parentGlobals.get().position());
        }
        Optional<YamlMap> defaults = subchart.defaults().content();
        if (defaults.isPresent()) {
            values = coalesce(values, defaults.get(), pointer, subchart.defaults());
        }
        return replace(parent, subchart.name(), values, parent.position());
    }

    private static YamlMap mergeGlobals(YamlMap sub, YamlMap parent) {
        Map<String, YamlEntry> entries = entriesOf(sub);
        for (YamlEntry entry : parent.entries()) {
            YamlEntry existing = entries.get(entry.name());
            if (existing != null && existing.value() instanceof YamlMap subMap && entry.value() instanceof YamlMap p) {
                entries.put(entry.name(), new YamlEntry(entry.key(), mergeGlobals(subMap, p)));
            } else if (existing == null || !(existing.value() instanceof YamlMap)) {
                entries.put(entry.name(), entry);
            }
        }
        return new YamlMap(List.copyOf(entries.values()), parent.position());
    }

    private static YamlMap replace(YamlMap map, String key, YamlMap value, dev.gitopslint.core.source.Position at) {
        Map<String, YamlEntry> entries = entriesOf(map);
        YamlEntry old = entries.get(key);
        entries.put(key, new YamlEntry(old != null ? old.key() : dev.gitopslint.core.yaml.YamlScalar.string(key, at), value));
        return new YamlMap(List.copyOf(entries.values()), map.position());
    }

    /** The default is the oldest assignment of a key path the user set. */
    private void appendToChain(String path, Provenance defaultProvenance) {
        Provenance head = provenance.get(path);
        if (head != null) {
            provenance.put(path, withOldest(head, defaultProvenance));
        }
    }

    private static Provenance withOldest(Provenance head, Provenance oldest) {
        if (head.replaced().isEmpty()) {
            return head.replacing(Optional.of(oldest));
        }
        return head.replacing(Optional.of(withOldest(head.replaced().get(), oldest)));
    }

    private void recordSubtree(YamlNode node, String pointer, ValuesLayer layer) {
        if (node instanceof YamlMap map) {
            for (YamlEntry entry : map.entries()) {
                String path = JsonPointers.append(pointer, entry.name());
                provenance.put(path, new Provenance(layer, entry, Optional.empty()));
                recordSubtree(entry.value(), path, layer);
            }
        }
    }

    private void forgetBelow(String pointer) {
        provenance.subMap(pointer + "/", pointer + "/\uffff").clear();
    }

    private static Map<String, YamlEntry> entriesOf(YamlMap map) {
        Map<String, YamlEntry> entries = new LinkedHashMap<>();
        for (YamlEntry entry : map.entries()) {
            entries.put(entry.name(), entry);
        }
        return entries;
    }

    private static YamlMap emptyMap() {
        return new YamlMap(new ArrayList<>(), new dev.gitopslint.core.source.Position("", 0, 0));
    }
}
