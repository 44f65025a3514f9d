package dev.gitopslint.core.schema;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What every Kubernetes object needs before any schema applies: a mapping with apiVersion, kind and a name. */
final class ManifestShape {

    private ManifestShape() {
    }

    /**
     * The {@link Violation.Kind#MALFORMED} problems of an object. A name is either
     * {@code metadata.name} or {@code metadata.generateName}; a {@code metadata} that is not a
     * mapping is left to the schema.
     */
    static List<Violation> check(JsonNode object) {
        List<Violation> problems = new ArrayList<>();
        if (object == null || !object.isObject()) {
            problems.add(new Violation("", Violation.Kind.MALFORMED,
                    "a Kubernetes object must be a mapping, got " + JsonValues.typeName(object)));
            return problems;
        }
        checkIdentifier(object, "apiVersion", problems);
        checkIdentifier(object, "kind", problems);
        if (KubernetesLists.isList(object)) {
            if (!object.get("items").isArray() && !object.get("items").isNull()) {
                problems.add(new Violation("/items", Violation.Kind.MALFORMED,
                        "`items`: a List's items must be a list, got " + JsonValues.typeName(object.get("items"))));
            }
            return problems;
        }
        JsonNode metadata = object.get("metadata");
        if (metadata == null || metadata.isNull()) {
            problems.add(new Violation("/metadata", Violation.Kind.MALFORMED,
                    "`metadata.name` is missing (set metadata.name or metadata.generateName)"));
        } else if (metadata.isObject() && isBlank(metadata.get("name")) && isBlank(metadata.get("generateName"))) {
            problems.add(new Violation("/metadata/name", Violation.Kind.MALFORMED,
                    "`metadata.name` is missing (set metadata.name or metadata.generateName)"));
        }
        return problems;
    }

    /** Whether apiVersion and kind are usable to look up a schema. */
    static boolean isIdentified(JsonNode object) {
        return object != null && object.isObject() && !isBlank(object.get("apiVersion")) && object.get("apiVersion").isString()
                && !isBlank(object.get("kind")) && object.get("kind").isString();
    }

    private static void checkIdentifier(JsonNode object, String field, List<Violation> problems) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            problems.add(new Violation("/" + field, Violation.Kind.MALFORMED, "`" + field + "` is missing"));
        } else if (!value.isString() || value.stringValue().isBlank()) {
            problems.add(new Violation("/" + field, Violation.Kind.MALFORMED,
                    "`" + field + "` must be a non-empty string, got " + JsonValues.describe(value)));
        }
    }

    private static boolean isBlank(JsonNode value) {
        return value == null || value.isNull() || (value.isString() && value.stringValue().isBlank());
    }
}
