package dev.gitopslint.core.yaml;

import java.math.BigInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Converts position-carrying YAML trees into Jackson trees (for JSON Schema validation and output). */
public final class YamlToJackson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private YamlToJackson() {
    }

    public static JsonNode convert(YamlNode node) {
        if (node instanceof YamlMap map) {
            ObjectNode object = NODES.objectNode();
            for (YamlEntry entry : map.entries()) {
                object.set(entry.name(), convert(entry.value()));
            }
            return object;
        }
        if (node instanceof YamlSeq seq) {
            ArrayNode array = NODES.arrayNode();
            for (YamlNode item : seq.items()) {
                array.add(convert(item));
            }
            return array;
        }
        YamlScalar scalar = (YamlScalar) node;
        Object value = scalar.value();
        return switch (scalar.kind()) {
            case NULL -> NODES.nullNode();
            case BOOLEAN -> NODES.booleanNode((Boolean) value);
            case INTEGER -> value instanceof Long l ? NODES.numberNode(l)
                    : value instanceof BigInteger b ? NODES.numberNode(b) : NODES.stringNode(scalar.text());
            case FLOAT -> value instanceof Double d ? NODES.numberNode(d) : NODES.stringNode(scalar.text());
            case STRING -> NODES.stringNode(scalar.text());
        };
    }
}
