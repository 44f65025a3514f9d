package dev.gitopslint.schemas.generator;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Copies a schema without what validation never reads: documentation and merge hints. It knows which
 * keywords hold sub-schemas, so a property that happens to be called {@code description} and values
 * such as {@code default} or {@code enum} are kept as they are.
 */
final class SchemaCompactor {

    /** Keywords that only document a schema or steer patch merging; validation never reads them. */
    private static final Set<String> DROPPED = Set.of(
            "description", "title", "example", "examples", "externalDocs", "$schema",
            "x-kubernetes-patch-strategy", "x-kubernetes-patch-merge-key", "x-kubernetes-unions",
            "x-kubernetes-map-type", "x-kubernetes-group-version-kind");

    /** Keywords whose value is one sub-schema (or a boolean schema). */
    private static final Set<String> SCHEMA_VALUED = Set.of(
            "additionalProperties", "items", "not", "if", "then", "else", "propertyNames", "contains",
            "additionalItems", "unevaluatedProperties", "unevaluatedItems");

    /** Keywords whose value is a list of sub-schemas. */
    private static final Set<String> SCHEMA_LIST_VALUED = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

    /** Keywords whose value maps names to sub-schemas. */
    private static final Set<String> SCHEMA_MAP_VALUED = Set.of(
            "properties", "patternProperties", "$defs", "definitions", "dependentSchemas");

    private final UnaryOperator<String> refRewriter;

    /** @param refRewriter maps each {@code $ref} value to the reference used in the bundle */
    SchemaCompactor(UnaryOperator<String> refRewriter) {
        this.refRewriter = refRewriter;
    }

    JsonNode compact(JsonNode schema) {
        if (!schema.isObject()) {
            return schema.deepCopy();
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> entry : schema.properties()) {
            String keyword = entry.getKey();
            JsonNode value = entry.getValue();
            if (DROPPED.contains(keyword)) {
                continue;
            }
            if (keyword.equals("$ref") && value.isString()) {
                out.put(keyword, refRewriter.apply(value.stringValue()));
            } else if (SCHEMA_VALUED.contains(keyword)) {
                out.set(keyword, value.isArray() ? compactList(value) : compact(value));
            } else if (SCHEMA_LIST_VALUED.contains(keyword) && value.isArray()) {
                out.set(keyword, compactList(value));
            } else if (SCHEMA_MAP_VALUED.contains(keyword) && value.isObject()) {
                ObjectNode map = out.putObject(keyword);
                for (Map.Entry<String, JsonNode> named : value.properties()) {
                    map.set(named.getKey(), compact(named.getValue()));
                }
            } else {
                out.set(keyword, value.deepCopy());
            }
        }
        return unwrapSingleReference(out);
    }

    private ArrayNode compactList(JsonNode list) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode item : list) {
            out.add(compact(item));
        }
        return out;
    }

    /**
     * Kubernetes writes a typed field as {@code allOf: [{$ref: X}]} so it can carry its own
     * description and default; with the description gone, a plain {@code $ref} says the same.
     */
    private static ObjectNode unwrapSingleReference(ObjectNode schema) {
        JsonNode allOf = schema.get("allOf");
        if (allOf == null || !allOf.isArray() || allOf.size() != 1 || schema.has("$ref")) {
            return schema;
        }
        JsonNode only = allOf.get(0);
        if (!only.isObject() || only.size() != 1 || !only.has("$ref")) {
            return schema;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("$ref", only.get("$ref"));
        for (Map.Entry<String, JsonNode> entry : schema.properties()) {
            if (!entry.getKey().equals("allOf")) {
                out.set(entry.getKey(), entry.getValue());
            }
        }
        return out;
    }
}
