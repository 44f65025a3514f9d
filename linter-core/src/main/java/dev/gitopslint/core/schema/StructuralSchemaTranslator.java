package dev.gitopslint.core.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a Kubernetes schema (OpenAPI v3 with {@code x-kubernetes-*} extensions, as in the built-in API
 * definitions, a CRD's {@code openAPIV3Schema} or a CRDs-catalog file) into a JSON Schema 2020-12
 * document that a standard validator checks the way the API server would:
 * <ul>
 *   <li><b>Strict</b>: an object with declared properties gets {@code additionalProperties: false}
 *       unless {@code x-kubernetes-preserve-unknown-fields}. For custom resources an object with no
 *       properties at all also accepts none (the API server prunes every field of it); for built-in
 *       kinds such an object ({@code RawExtension}, {@code FieldsV1}) holds arbitrary content.</li>
 *   <li><b>Null</b>: {@code nullable} allows null. Otherwise the API server drops a null before
 *       validating (CRDs prune it, built-in types decode it as "not set"), so null is accepted for a
 *       field that is optional, or (custom resources) has a default, and rejected for a required one.</li>
 *   <li><b>int-or-string</b> ({@code x-kubernetes-int-or-string} or {@code format: int-or-string}) is
 *       {@code type: [integer, string]}; quantities get the {@code quantity} format; {@code int32} and
 *       {@code int64} become ranges; {@code byte} (base64) and {@code date-time} are checked; other
 *       formats are not (Kubernetes reads several of them differently from JSON Schema).</li>
 *   <li><b>Embedded resources</b> ({@code x-kubernetes-embedded-resource}) require apiVersion and kind
 *       and may carry metadata. A custom resource's own {@code metadata} is checked as ObjectMeta.</li>
 * </ul>
 * CEL rules ({@code x-kubernetes-validations}) are not evaluated.
 */
final class StructuralSchemaTranslator {

    /** Where a schema comes from decides how an object without declared properties is read. */
    enum Flavor { BUILT_IN, CUSTOM }

    static final String QUANTITY_DEFINITION = "io.k8s.apimachinery.pkg.api.resource.Quantity";
    static final String OBJECT_META_DEFINITION = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";

    private static final String PRESERVE = "x-kubernetes-preserve-unknown-fields";
    private static final String EMBEDDED = "x-kubernetes-embedded-resource";
    private static final String INT_OR_STRING = "x-kubernetes-int-or-string";
    private static final List<String> COPIED = List.of("enum", "const", "pattern", "minLength", "maxLength",
            "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "multipleOf", "minimum",
            "maximum", "required");
    private static final Set<String> CHECKED_FORMATS = Set.of("date-time", KubernetesFormats.BYTE);
    private static final List<String> NULL_SENSITIVE = List.of("allOf", "anyOf", "oneOf", "not", "const");
    private static final List<String> QUANTITY_TYPES = List.of("string", "number");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Flavor flavor;
    private final String objectMetaRef;

    /**
     * @param objectMetaRef the {@code $ref} that names the ObjectMeta schema, used for the metadata of
     *     custom resources and of embedded resources
     */
    StructuralSchemaTranslator(Flavor flavor, String objectMetaRef) {
        this.flavor = flavor;
        this.objectMetaRef = objectMetaRef;
    }

    /**
     * Translates a bundle's {@code $defs} table (built-in kinds) into {@code {"$defs": {...}}}. Every
     * definition also accepts null, so an optional field can refer to it directly; a required field or a
     * list item adds the definition's own type next to the reference, which rejects the null again.
     */
    ObjectNode translateDefinitions(JsonNode defs) {
        Map<String, List<String>> definitionTypes = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : defs.properties()) {
            definitionTypes.put("#/$defs/" + entry.getKey(), entry.getKey().equals(QUANTITY_DEFINITION)
                    ? QUANTITY_TYPES : types(entry.getValue(), isIntOrString(entry.getValue()), false));
        }
        Document document = new Document(definitionTypes);
        ObjectNode out = NODES.objectNode();
        ObjectNode translated = out.putObject("$defs");
        for (Map.Entry<String, JsonNode> entry : defs.properties()) {
            JsonNode definition = entry.getKey().equals(QUANTITY_DEFINITION) ? quantity() : document.translate(entry.getValue(), false);
            translated.set(entry.getKey(), acceptNull(definition));
        }
        return out;
    }

    /**
     * Translates the root schema of a custom resource into a standalone document.
     *
     * @throws SchemaLoadException when the schema cannot be used (not an object, an external reference)
     */
    ObjectNode translateRoot(JsonNode schema) {
        if (schema == null || !schema.isObject()) {
            throw new SchemaLoadException("the schema is not a JSON object");
        }
        Map<String, List<String>> definitionTypes = new HashMap<>();
        definitionTypes.put(objectMetaRef, List.of("object"));
        for (String definitions : List.of("definitions", "$defs")) {
            for (Map.Entry<String, JsonNode> entry : schema.path(definitions).properties()) {
                definitionTypes.put("#/$defs/" + entry.getKey(), types(entry.getValue(), isIntOrString(entry.getValue()), false));
            }
        }
        Document document = new Document(definitionTypes);
        ObjectNode root = (ObjectNode) document.translate(schema, false);
        if (!root.has("type") && !root.has("$ref")) {
            root.put("type", "object");
        }
        ObjectNode properties = root.has("properties") ? (ObjectNode) root.get("properties") : root.putObject("properties");
        properties.set("apiVersion", typed("string", "null"));
        properties.set("kind", typed("string", "null"));
        properties.set("metadata", document.metadata(schema.path("properties").path("metadata")));
        if (!root.has("additionalProperties") && !schema.path(PRESERVE).asBoolean(false)) {
            root.put("additionalProperties", false);
        }
        for (String definitions : List.of("definitions", "$defs")) {
            if (schema.path(definitions).isObject()) {
                ObjectNode defs = root.has("$defs") ? (ObjectNode) root.get("$defs") : root.putObject("$defs");
                for (Map.Entry<String, JsonNode> entry : schema.get(definitions).properties()) {
                    defs.set(entry.getKey(), acceptNull(document.translate(entry.getValue(), false)));
                }
            }
        }
        return root;
    }

    /** One document's translation: knows the types of the definitions its references lead to. */
    private final class Document {
        private final Map<String, List<String>> definitionTypes;

        Document(Map<String, List<String>> definitionTypes) {
            this.definitionTypes = definitionTypes;
        }

        JsonNode translate(JsonNode schema, boolean inJunction) {
            if (schema.isBoolean()) {
                return schema.deepCopy();
            }
            if (!schema.isObject()) {
                throw new SchemaLoadException("a schema must be an object, found " + JsonValues.typeName(schema));
            }
            ObjectNode out = NODES.objectNode();
            boolean nullable = schema.path("nullable").asBoolean(false);
            boolean preserve = schema.path(PRESERVE).asBoolean(false);
            boolean embedded = flavor == Flavor.CUSTOM && schema.path(EMBEDDED).asBoolean(false);
            String format = schema.path("format").isString() ? schema.get("format").stringValue() : "";
            boolean intOrString = isIntOrString(schema);

            if (schema.path("$ref").isString()) {
                out.put("$ref", rewriteRef(schema.get("$ref").stringValue()));
            }
            List<String> types = types(schema, intOrString, nullable);
            if (!types.isEmpty()) {
                out.set("type", types.size() == 1 ? NODES.stringNode(types.get(0)) : stringArray(types));
            }
            for (String keyword : COPIED) {
                if (schema.has(keyword)) {
                    out.set(keyword, schema.get(keyword).deepCopy());
                }
            }
            if (out.has("pattern") && !isJavaRegex(out.get("pattern"))) {
                out.remove("pattern"); // written for Go's RE2 and unreadable here: better unchecked than the whole kind
            }
            if (nullable && out.path("enum").isArray() && !contains(out.get("enum"), null)) {
                ((ArrayNode) out.get("enum")).addNull();
            }
            exclusiveBound(schema, out, "exclusiveMinimum", "minimum");
            exclusiveBound(schema, out, "exclusiveMaximum", "maximum");
            translateFormat(format, out);

            ObjectNode properties = translateProperties(schema);
            if (embedded) {
                properties = properties == null ? NODES.objectNode() : properties;
                addEmbeddedResourceFields(properties, out);
            }
            if (properties != null) {
                out.set("properties", properties);
            }
            translateAdditionalProperties(schema, out, types, properties != null, preserve, inJunction);
            translateItems(schema, out);
            translateJunctions(schema, out, intOrString);
            if (schema.path("patternProperties").isObject()) {
                ObjectNode patterns = out.putObject("patternProperties");
                for (Map.Entry<String, JsonNode> entry : schema.get("patternProperties").properties()) {
                    patterns.set(entry.getKey(), use(translate(entry.getValue(), false), true));
                }
            }
            return out;
        }

        private ObjectNode translateProperties(JsonNode schema) {
            JsonNode declared = schema.get("properties");
            if (declared == null || !declared.isObject()) {
                return null;
            }
            Set<String> required = new LinkedHashSet<>();
            schema.path("required").forEach(name -> required.add(name.asString()));
            ObjectNode properties = NODES.objectNode();
            for (Map.Entry<String, JsonNode> entry : declared.properties()) {
                boolean defaulted = flavor == Flavor.CUSTOM && entry.getValue().has("default");
                boolean mayBeNull = !required.contains(entry.getKey()) || defaulted;
                properties.set(entry.getKey(), use(translate(entry.getValue(), false), mayBeNull));
            }
            return properties;
        }

        private void addEmbeddedResourceFields(ObjectNode properties, ObjectNode out) {
            if (!properties.has("apiVersion")) {
                properties.set("apiVersion", typed("string"));
            }
            if (!properties.has("kind")) {
                properties.set("kind", typed("string"));
            }
            properties.set("metadata", metadata(NODES.missingNode()));
            ArrayNode required = out.has("required") ? (ArrayNode) out.get("required") : out.putArray("required");
            for (String field : List.of("apiVersion", "kind")) {
                if (!contains(required, field)) {
                    required.add(field);
                }
            }
        }

        private void translateAdditionalProperties(JsonNode schema, ObjectNode out, List<String> types,
                boolean hasProperties, boolean preserve, boolean inJunction) {
            JsonNode additional = schema.get("additionalProperties");
            if (additional != null) {
                out.set("additionalProperties", additional.isBoolean()
                        ? additional.deepCopy()
                        : use(translate(additional, false), true));
            } else if (!preserve && !inJunction) {
                boolean prunedObject = flavor == Flavor.CUSTOM && types.contains("object") && !schema.has("patternProperties");
                if (hasProperties || prunedObject) {
                    out.put("additionalProperties", false);
                }
            }
        }

        private void translateItems(JsonNode schema, ObjectNode out) {
            JsonNode items = schema.get("items");
            if (items == null) {
                return;
            }
            if (items.isArray()) {
                ArrayNode prefix = out.putArray("prefixItems");
                items.forEach(item -> prefix.add(use(translate(item, false), false)));
            } else {
                out.set("items", use(translate(items, false), false));
            }
        }

        private void translateJunctions(JsonNode schema, ObjectNode out, boolean intOrString) {
            for (String keyword : List.of("allOf", "anyOf", "oneOf")) {
                JsonNode alternatives = schema.get(keyword);
                if (alternatives == null || !alternatives.isArray() || (intOrString && isIntegerOrString(alternatives))) {
                    continue;
                }
                ArrayNode translated = out.putArray(keyword);
                alternatives.forEach(alternative -> translated.add(translate(alternative, true)));
            }
            if (schema.has("not")) {
                out.set("not", translate(schema.get("not"), true));
            }
        }

        /** The metadata of a custom or embedded resource: ObjectMeta, keeping the CRD's name constraints. */
        ObjectNode metadata(JsonNode declared) {
            ObjectNode metadata = NODES.objectNode();
            metadata.put("$ref", objectMetaRef);
            ObjectNode constraints = NODES.objectNode();
            for (String field : List.of("name", "generateName")) {
                JsonNode schema = declared.path("properties").path(field);
                if (schema.isObject()) {
                    constraints.set(field, use(translate(schema, false), true));
                }
            }
            if (!constraints.isEmpty()) {
                metadata.set("properties", constraints);
            }
            return metadata;
        }

        /**
         * Adapts a translated schema to where it is used. Where a null is dropped by the API server
         * ({@code mayBeNull}: an optional field, a map value) the schema accepts null; elsewhere (a
         * required field, a list item) a bare reference gets its definition's type next to it, because
         * definitions accept null.
         */
        private JsonNode use(JsonNode schema, boolean mayBeNull) {
            if (!schema.isObject()) {
                return schema;
            }
            ObjectNode object = (ObjectNode) schema;
            if (object.size() == 1 && object.has("$ref")) {
                List<String> types = definitionTypes.get(object.get("$ref").stringValue());
                if (!mayBeNull && types != null && !types.isEmpty()) {
                    object.set("type", types.size() == 1 ? NODES.stringNode(types.get(0)) : stringArray(types));
                }
                return object;
            }
            return mayBeNull ? acceptNull(object) : object;
        }
    }

    private static List<String> types(JsonNode schema, boolean intOrString, boolean nullable) {
        List<String> types = new ArrayList<>();
        JsonNode type = schema.get("type");
        if (intOrString) {
            types.add("integer");
            types.add("string");
        } else if (type != null && type.isString()) {
            types.add(type.stringValue());
        } else if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        }
        if (nullable && !types.isEmpty() && !types.contains("null")) {
            types.add("null");
        }
        return types;
    }

    /** OpenAPI 3.0 writes exclusive bounds as booleans next to minimum/maximum; JSON Schema as numbers. */
    private static void exclusiveBound(JsonNode schema, ObjectNode out, String exclusive, String bound) {
        JsonNode value = schema.get(exclusive);
        if (value == null) {
            return;
        }
        if (value.isNumber()) {
            out.set(exclusive, value.deepCopy());
        } else if (value.asBoolean(false) && schema.path(bound).isNumber()) {
            out.set(exclusive, schema.get(bound).deepCopy());
            out.remove(bound);
        }
    }

    private static void translateFormat(String format, ObjectNode out) {
        if (out.path("pattern").isString()
                && out.get("pattern").stringValue().equals(KubernetesQuantity.CONTROLLER_GEN_PATTERN)) {
            out.remove("pattern");
            out.put("format", KubernetesFormats.QUANTITY);
        } else if (format.equals("int32")) {
            putBounds(out, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (format.equals("int64")) {
            putBounds(out, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (CHECKED_FORMATS.contains(format)) {
            out.put("format", format);
        }
    }

    private static void putBounds(ObjectNode out, long min, long max) {
        if (!out.has("minimum") && !out.has("exclusiveMinimum")) {
            out.put("minimum", min);
        }
        if (!out.has("maximum") && !out.has("exclusiveMaximum")) {
            out.put("maximum", max);
        }
    }

    private String rewriteRef(String ref) {
        if (ref.startsWith("#/$defs/")) {
            return ref;
        }
        if (ref.startsWith("#/definitions/")) {
            return "#/$defs/" + ref.substring("#/definitions/".length());
        }
        throw new SchemaLoadException("the schema refers to '" + ref
                + "'; only references inside the same file are supported (schemas are never fetched)");
    }

    private static boolean isIntegerOrString(JsonNode alternatives) {
        Set<String> types = new LinkedHashSet<>();
        for (JsonNode alternative : alternatives) {
            if (alternative.size() != 1 || !alternative.path("type").isString()) {
                return false;
            }
            types.add(alternative.get("type").stringValue());
        }
        return types.equals(Set.of("integer", "string"));
    }

    private static boolean isJavaRegex(JsonNode pattern) {
        try {
            Pattern.compile(pattern.asString());
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private static boolean isIntOrString(JsonNode schema) {
        return schema.path(INT_OR_STRING).asBoolean(false)
                || (schema.path("format").isString() && schema.get("format").stringValue().equals("int-or-string"));
    }

    /**
     * Lets a translated schema also accept null. Null joins its type and its enum (the other keywords
     * of a schema, such as pattern, properties or bounds, do not apply to null); a schema that combines
     * sub-schemas or refers to another one applies only to values that are not null.
     */
    private static JsonNode acceptNull(JsonNode schema) {
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode object = (ObjectNode) schema;
        if (object.has("$ref") || NULL_SENSITIVE.stream().anyMatch(object::has)) {
            ObjectNode guarded = NODES.objectNode();
            guarded.putObject("if").put("type", "null");
            guarded.set("else", object);
            return guarded;
        }
        JsonNode type = object.get("type");
        if (type != null && type.isString() && !type.stringValue().equals("null")) {
            object.set("type", stringArray(List.of(type.stringValue(), "null")));
        } else if (type != null && type.isArray() && !contains(type, "null")) {
            ((ArrayNode) type).add("null");
        }
        if (object.path("enum").isArray() && !contains(object.get("enum"), null)) {
            ((ArrayNode) object.get("enum")).addNull();
        }
        return object;
    }

    private static ObjectNode quantity() {
        ObjectNode quantity = NODES.objectNode();
        quantity.set("type", stringArray(QUANTITY_TYPES));
        quantity.put("format", KubernetesFormats.QUANTITY);
        return quantity;
    }

    private static ObjectNode typed(String... types) {
        ObjectNode schema = NODES.objectNode();
        schema.set("type", types.length == 1 ? NODES.stringNode(types[0]) : stringArray(List.of(types)));
        return schema;
    }

    private static ArrayNode stringArray(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (value == null ? item.isNull() : item.isString() && item.stringValue().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
