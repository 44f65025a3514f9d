package dev.gitopslint.rules.values;

import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.values.LayerStack;
import dev.gitopslint.core.values.MergedValues;
import dev.gitopslint.core.values.Provenance;
import dev.gitopslint.core.values.ValuesLayer;
import dev.gitopslint.core.yaml.YamlEntry;
import dev.gitopslint.core.yaml.YamlNode;
import dev.gitopslint.core.yaml.YamlWalker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A key a layer sets, seen against what it overrides: the value merged from the earlier layers and the
 * chart defaults at the same key path.
 */
record LayerOverride(ValuesLayer layer, String pointer, YamlEntry entry, Optional<YamlNode> inherited,
        Optional<Provenance> inheritedFrom) {

    /** Every entry of every present layer of {@code app} that {@code select} accepts, with what it overrides. */
    static List<LayerOverride> of(App app, Predicate<YamlEntry> select) {
        LayerStack stack = app.values();
        List<LayerOverride> found = new ArrayList<>();
        for (int index = 0; index < stack.layers().size(); index++) {
            ValuesLayer layer = stack.layers().get(index);
            if (layer.content().isEmpty()) {
                continue;
            }
            int before = index;
            YamlWalker.walk(layer.content().get(), (path, entry, parent) -> {
                if (select.test(entry)) {
                    String pointer = path.pointer();
                    MergedValues earlier = stack.mergedBefore(before);
                    found.add(new LayerOverride(layer, pointer, entry, earlier.at(pointer), earlier.origin(pointer)));
                }
            });
        }
        return found;
    }

    boolean inheritsSomething() {
        return inherited.filter(node -> !node.isEmptyCollectionOrNull()).isPresent();
    }
}
