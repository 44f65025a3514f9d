package dev.gitopslint.core.argocd;

import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.yaml.YamlEntry;
import dev.gitopslint.core.yaml.YamlMap;
import dev.gitopslint.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code helm.parameters} ({@code --set a.b=c}) as a values tree, so that they take part in layering and
 * provenance. Dotted names nest; list indexes ({@code a[0]}) are kept as plain keys, a simplification
 * of Helm's strvals that the rules do not depend on. Values stay strings.
 */
final class SetValues {

    private SetValues() {
    }

    static YamlMap toMap(Map<String, String> parameters, Position at) {
        Map<String, Object> tree = new LinkedHashMap<>();
        parameters.forEach((name, value) -> put(tree, name.split("(?<!\\\\)\\."), 0, value));
        return build(tree, at);
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, String[] path, int index, String value) {
        String key = path[index].replace("\\.", ".");
        if (index == path.length - 1) {
            tree.put(key, value);
            return;
        }
        Object child = tree.get(key);
        if (!(child instanceof Map)) {
            child = new LinkedHashMap<String, Object>();
            tree.put(key, child);
        }
        put((Map<String, Object>) child, path, index + 1, value);
    }

    @SuppressWarnings("unchecked")
    private static YamlMap build(Map<String, Object> tree, Position at) {
        List<YamlEntry> entries = new ArrayList<>();
        tree.forEach((key, value) -> {
            YamlNode node = value instanceof Map<?, ?> m ? build((Map<String, Object>) m, at)
                    : dev.gitopslint.core.yaml.YamlScalar.string((String) value, at);
            entries.add(new YamlEntry(dev.gitopslint.core.yaml.YamlScalar.string(key, at), node));
        });
        return new YamlMap(entries, at);
    }
}
