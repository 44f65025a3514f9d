package dev.gitopslint.core.argocd;

import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.yaml.YamlEntry;
import dev.gitopslint.core.yaml.YamlMap;
import dev.gitopslint.core.yaml.YamlNode;
import dev.gitopslint.core.yaml.YamlScalar;
import dev.gitopslint.core.yaml.YamlSeq;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Values that exist only inside an Application ({@code helm.valuesObject}, {@code helm.values}) as YAML
 * trees for layering, positioned where the Application writes them.
 */
final class JacksonToYaml {

    private JacksonToYaml() {
    }

    /** Every node at {@code at}: the values were generated, so only their field is known. */
    static YamlMap map(JsonNode object, Position at) {
        List<YamlEntry> entries = new ArrayList<>();
        for (var field : object.properties()) {
            entries.add(new YamlEntry(YamlScalar.string(field.getKey(), at), node(field.getValue(), at)));
        }
        return new YamlMap(entries, at);
    }

    private static YamlNode node(JsonNode value, Position at) {
        if (value.isObject()) {
            return map(value, at);
        }
        if (value.isArray()) {
            List<YamlNode> items = new ArrayList<>();
            value.forEach(item -> items.add(node(item, at)));
            return new YamlSeq(items, at);
        }
        if (value.isNull()) {
            return new YamlScalar(YamlScalar.Kind.NULL, null, "null", false, at);
        }
        if (value.isBoolean()) {
            return new YamlScalar(YamlScalar.Kind.BOOLEAN, value.asBoolean(), value.asString(), false, at);
        }
        if (value.isIntegralNumber()) {
            return new YamlScalar(YamlScalar.Kind.INTEGER, value.asLong(), value.asString(), false, at);
        }
        if (value.isNumber()) {
            return new YamlScalar(YamlScalar.Kind.FLOAT, value.asDouble(), value.asString(), false, at);
        }
        return YamlScalar.string(value.asString(), at);
    }

    /**
     * A tree parsed from an inline {@code helm.values} string, moved into the Application's file: line n of
     * the string is line n below the {@code values:} key (a literal block scalar).
     */
    static YamlMap shift(YamlMap map, Position key) {
        return (YamlMap) shiftNode(map, key);
    }

    private static YamlNode shiftNode(YamlNode node, Position key) {
        Position moved = new Position(key.file(), key.line() + node.position().line(), node.position().column());
        if (node instanceof YamlMap map) {
            List<YamlEntry> entries = new ArrayList<>();
            for (YamlEntry entry : map.entries()) {
                entries.add(new YamlEntry((YamlScalar) shiftNode(entry.key(), key), shiftNode(entry.value(), key)));
            }
            return new YamlMap(entries, moved);
        }
        if (node instanceof YamlSeq seq) {
            return new YamlSeq(seq.items().stream().map(i -> shiftNode(i, key)).toList(), moved);
        }
        YamlScalar s = (YamlScalar) node;
        return new YamlScalar(s.kind(), s.value(), s.text(), s.quoted(), moved);
    }
}
