package dev.gitopslint.rules.values;

import dev.gitopslint.core.yaml.JsonPointers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/**
 * The key paths a values.schema.json declares: {@code properties} (through local {@code $ref}s and
 * {@code allOf}/{@code anyOf}/{@code oneOf}/{@code if}/{@code then}/{@code else}), names matching
 * {@code patternProperties}, and everything below an object that allows additional properties
 * explicitly or declares no properties at all (a free-form map). An object with
 * {@code additionalProperties: false} forbids other keys. A {@code $ref} outside the file is unknown, so
 * everything below it counts as declared.
 */
final class SchemaKeys {

    private static final int MAX_DEPTH = 40;
    /** Schema nodes visited at most: recursive {@code $ref}s through branches could otherwise explode. */
    private static final int MAX_VISITS = 20_000;
    private static final Set<String> BRANCHES = Set.of("allOf", "anyOf", "oneOf");
    private static final Set<String> CONDITIONALS = Set.of("if", "then", "else");
    private static final Set<String> SHAPE = Set.of("properties", "patternProperties", "additionalProperties",
            "$ref", "allOf", "anyOf", "oneOf", "if", "then", "else");

    private final ChartSchemaFile file;
    private final ReadableKeys into;
    private int visits;

    private SchemaKeys(ChartSchemaFile file, ReadableKeys into) {
        this.file = file;
        this.into = into;
    }

    static void collect(ChartSchemaFile schema, List<String> prefix, ReadableKeys into) {
        new SchemaKeys(schema, into).visit(schema.json(), "", prefix, 0);
    }

    private void visit(JsonNode schema, String pointer, List<String> path, int depth) {
        if (depth > MAX_DEPTH || ++visits > MAX_VISITS) {
            into.addEverythingBelow(path, evidence(pointer));
            return;
        }
        if (schema.isBoolean()) {
            if (schema.booleanValue()) {
                into.addEverythingBelow(path, evidence(pointer));
            }
            return;
        }
        if (!schema.isObject()) {
            return;
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isString()) {
            followRef(ref.asString(), pointer, path, depth);
        }
        for (String branch : BRANCHES) {
            JsonNode items = schema.get(branch);
            if (items != null && items.isArray()) {
                for (int i = 0; i < items.size(); i++) {
                    visit(items.get(i), pointer + "/" + branch + "/" + i, path, depth + 1);
                }
            }
        }
        for (String conditional : CONDITIONALS) {
            JsonNode node = schema.get(conditional);
            if (node != null) {
                visit(node, pointer + "/" + conditional, path, depth + 1);
            }
        }
        JsonNode properties = schema.get("properties");
        if (properties != null && properties.isObject()) {
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                if (path.isEmpty() && !into.wants(property.getKey())) {
                    continue;
                }
                List<String> child = append(path, property.getKey());
                String at = pointer + "/properties/" + JsonPointers.escape(property.getKey());
                into.add(child, evidence(at));
                visit(property.getValue(), at, child, depth + 1);
            }
        }
        JsonNode patterns = schema.get("patternProperties");
        if (patterns != null && patterns.isObject()) {
            for (Map.Entry<String, JsonNode> pattern : patterns.properties()) {
                String at = pointer + "/patternProperties/" + JsonPointers.escape(pattern.getKey());
                try {
                    into.addPattern(path, Pattern.compile(pattern.getKey()), evidence(at));
                } catch (PatternSyntaxException e) {
                    into.addEverythingBelow(path, evidence(at));
                }
            }
        }
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null && additional.isBoolean() && !additional.booleanValue()) {
            into.close(path);
        } else if (additional != null) {
            into.addEverythingBelow(path, evidence(pointer + "/additionalProperties"));
        }
        boolean shaped = false;
        for (String keyword : SHAPE) {
            shaped |= schema.has(keyword);
        }
        if (!shaped && mayBeObject(schema)) {
            into.addEverythingBelow(path, evidence(pointer));
        }
    }

    private void followRef(String ref, String pointer, List<String> path, int depth) {
        if (!ref.startsWith("#")) {
            into.addEverythingBelow(path, evidence(pointer));
            return;
        }
        String target = URLDecoder.decode(ref.substring(1), StandardCharsets.UTF_8);
        JsonNode resolved = target.isEmpty() ? file.json() : file.json().at(target);
        if (resolved == null || resolved.isMissingNode()) {
            into.addEverythingBelow(path, evidence(pointer));
            return;
        }
        visit(resolved, target, path, depth + 1);
    }

    private ReadableKeys.Evidence evidence(String pointer) {
        return () -> file.positionOf(pointer);
    }

    /** A schema without {@code type}, or whose type includes object, accepts a map. */
    private static boolean mayBeObject(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return true;
        }
        if (type.isString()) {
            return type.asString().equals("object");
        }
        if (type.isArray()) {
            for (JsonNode item : type) {
                if (item.isString() && item.asString().equals("object")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> append(List<String> path, String segment) {
        List<String> child = new ArrayList<>(path);
        child.add(segment);
        return List.copyOf(child);
    }
}
