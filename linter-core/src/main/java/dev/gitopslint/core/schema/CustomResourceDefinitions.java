package dev.gitopslint.core.schema;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Reads the served versions and their schemas out of a CustomResourceDefinition object. */
final class CustomResourceDefinitions {

    /** One served version of a CRD and its {@code openAPIV3Schema}. */
    record ServedVersion(GroupVersionKind gvk, JsonNode schema) {
    }

    private CustomResourceDefinitions() {
    }

    static boolean isCustomResourceDefinition(JsonNode object) {
        return object != null && object.isObject()
                && object.path("kind").isString() && object.get("kind").stringValue().equals("CustomResourceDefinition")
                && object.path("apiVersion").asString("").startsWith("apiextensions.k8s.io/");
    }

    /**
     * The served versions (apiextensions.k8s.io/v1, and the older v1beta1 form with a schema shared by
     * all versions). A version without a schema accepts any content, as the API server does.
     *
     * @throws SchemaLoadException when the object is not a usable CRD
     */
    static List<ServedVersion> servedVersions(JsonNode crd) {
        if (!isCustomResourceDefinition(crd)) {
            throw new SchemaLoadException("not a CustomResourceDefinition (apiextensions.k8s.io)");
        }
        JsonNode spec = crd.path("spec");
        String group = text(spec.path("group"));
        String kind = text(spec.path("names").path("kind"));
        if (group.isEmpty() || kind.isEmpty()) {
            throw new SchemaLoadException("CustomResourceDefinition " + text(crd.path("metadata").path("name"))
                    + " has no spec.group or spec.names.kind");
        }
        boolean preserveAll = spec.path("preserveUnknownFields").asBoolean(false);
        JsonNode sharedSchema = spec.path("validation").path("openAPIV3Schema");
        List<ServedVersion> served = new ArrayList<>();
        if (spec.path("versions").isArray() && !spec.get("versions").isEmpty()) {
            for (JsonNode version : spec.get("versions")) {
                String name = text(version.path("name"));
                if (name.isEmpty() || !version.path("served").asBoolean(true)) {
                    continue;
                }
                JsonNode schema = version.path("schema").path("openAPIV3Schema");
                served.add(new ServedVersion(new GroupVersionKind(group, name, kind),
                        effectiveSchema(schema.isObject() ? schema : sharedSchema, preserveAll)));
            }
        } else if (!text(spec.path("version")).isEmpty()) {
            served.add(new ServedVersion(new GroupVersionKind(group, text(spec.path("version")), kind),
                    effectiveSchema(sharedSchema, preserveAll)));
        }
        if (served.isEmpty()) {
            throw new SchemaLoadException("CustomResourceDefinition " + group + "/" + kind + " serves no version");
        }
        return served;
    }

    private static JsonNode effectiveSchema(JsonNode schema, boolean preserveAll) {
        ObjectNode effective = schema.isObject()
                ? ((ObjectNode) schema).deepCopy()
                : JsonNodeFactory.instance.objectNode().put("type", "object");
        if (preserveAll || !schema.isObject()) {
            effective.put("x-kubernetes-preserve-unknown-fields", true);
        }
        return effective;
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.stringValue().trim() : "";
    }
}
