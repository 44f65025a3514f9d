package dev.gitopslint.rules.values;

import dev.gitopslint.core.yaml.JsonPointers;
import dev.gitopslint.core.yaml.YamlEntry;
import dev.gitopslint.core.yaml.YamlMap;
import dev.gitopslint.core.yaml.YamlNode;
import dev.gitopslint.core.yaml.YamlScalar;
import dev.gitopslint.core.yaml.YamlSeq;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The key paths a values.schema.json declares: {@code properties} (through local {@code $ref}s and
 * {@code allOf}/{@code anyOf}/{@code oneOf}/{@code if}/{@code then}/{@code else}), names matching
 * {@code patternProperties}, and everything below an object that allows additional properties
 * explicitly or declares no properties at all (a free-form map). A {@code $ref} outside the file is
 * unknown, so everything below it counts as declared.
 */
final class SchemaKeys {

    private static final int MAX_DEPTH = 40;
    /** Schema nodes visited at most: recursive {@code $ref}s through branches could otherwise explode. */
    private static final int MAX_VISITS = 20_000;
    private static final Set<String> BRANCHES = Set.of("allOf", "anyOf", "oneOf");
    private static final Set<String> CONDITIONALS = Set.of("if", "then", "else");
    private static final Set<String> SHAPE = Set.of("properties", "patternProperties", "additionalProperties",
            "$ref", "allOf", "anyOf", "oneOf", "if", "then", "else");

    private final YamlNode root;
    private final ReadableKeys into;
    private int visits;

    private SchemaKeys(YamlNode root, ReadableKeys into) {
        this.root = root;
        this.into = into;
    }

    static void collect(YamlNode schema, List<String> prefix, ReadableKeys into) {
        new SchemaKeys(schema, into).visit(schema, prefix, 0);
    }

    private void visit(YamlNode schema, List<String> path, int depth) {
        if (depth > MAX_DEPTH || ++visits > MAX_VISITS) {
            into.addEverythingBelow(path, schema.position());
            return;
        }
        if (schema instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.BOOLEAN) {
            if (Boolean.TRUE.equals(scalar.value())) {
                into.addEverythingBelow(path, schema.position());
            }
            return;
        }
        if (!(schema instanceof YamlMap map)) {
            return;
        }
        map.text("$ref").ifPresent(ref -> followRef(ref, map, path, depth));
        for (String branch : BRANCHES) {
            map.seq(branch).ifPresent(seq -> seq.items().forEach(item -> visit(item, path, depth + 1)));
        }
        for (String conditional : CONDITIONALS) {
            map.get(conditional).ifPresent(node -> visit(node, path, depth + 1));
        }
        map.map("properties").ifPresent(properties -> {
            for (YamlEntry property : properties.entries()) {
                List<String> child = append(path, property.name());
                into.add(child, property.key().position());
                visit(property.value(), child, depth + 1);
            }
        });
        map.map("patternProperties").ifPresent(patterns -> {
            for (YamlEntry pattern : patterns.entries()) {
                try {
                    into.addPattern(path, Pattern.compile(pattern.name()), pattern.key().position());
                } catch (PatternSyntaxException e) {
                    into.addEverythingBelow(path, pattern.key().position());
                }
            }
        });
        Optional<YamlNode> additional = map.get("additionalProperties");
        boolean closed = additional.filter(n -> n instanceof YamlScalar s && Boolean.FALSE.equals(s.value()))
                .isPresent();
        if (closed) {
            into.close(path);
        } else if (additional.isPresent()) {
            into.addEverythingBelow(path, additional.get().position());
        }
        boolean shaped = map.entries().stream().anyMatch(e -> SHAPE.contains(e.name()));
        if (!shaped && mayBeObject(map)) {
            into.addEverythingBelow(path, map.position());
        }
    }

    private void followRef(String ref, YamlMap at, List<String> path, int depth) {
        if (!ref.startsWith("#")) {
            into.addEverythingBelow(path, at.position());
            return;
        }
        String pointer = URLDecoder.decode(ref.substring(1), StandardCharsets.UTF_8);
        Optional<YamlNode> target = JsonPointers.resolve(root, pointer);
        if (target.isEmpty()) {
            into.addEverythingBelow(path, at.position());
            return;
        }
        visit(target.get(), path, depth + 1);
    }

    /** A schema without {@code type}, or whose type includes object, accepts a map. */
    private static boolean mayBeObject(YamlMap schema) {
        Optional<YamlNode> type = schema.get("type");
        if (type.isEmpty()) {
            return true;
        }
        if (type.get() instanceof YamlScalar scalar) {
            return "object".equals(scalar.asText());
        }
        if (type.get() instanceof YamlSeq seq) {
            return seq.items().stream().anyMatch(i -> i instanceof YamlScalar s && "object".equals(s.asText()));
        }
        return false;
    }

    private static List<String> append(List<String> path, String segment) {
        List<String> child = new ArrayList<>(path);
        child.add(segment);
        return List.copyOf(child);
    }

}
