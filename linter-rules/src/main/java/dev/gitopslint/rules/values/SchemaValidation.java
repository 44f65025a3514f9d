package dev.gitopslint.rules.values;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.ValidationLimitExceededException;
import com.networknt.schema.path.NodePath;
import dev.gitopslint.core.yaml.JsonPointers;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates values against a chart's values.schema.json the way Helm does: the draft named by
 * {@code $schema}, draft-07 when there is none, and nothing fetched from the network (a {@code $ref}
 * outside the file cannot be followed, so such a schema is not evaluated).
 */
final class SchemaValidation {

    /** One violation: where in the values, where in the schema, and what is wrong. */
    record Violation(String keyword, String instancePointer, Optional<String> property, String schemaPointer,
            String message) {
    }

    private SchemaValidation() {
    }

    /** The violations, or empty when the schema cannot be evaluated offline (unknown to Helm users as well). */
    static Optional<List<Violation>> validate(JsonNode schemaJson, JsonNode values) {
        try {
            Schema schema = compile(schemaJson);
            return Optional.of(schema.validate(values).stream().map(SchemaValidation::violation).toList());
        } catch (SchemaException | ValidationLimitExceededException e) {
            return Optional.empty();
        }
    }

    static SpecificationVersion draftOf(JsonNode schema) {
        JsonNode declared = schema.isObject() ? schema.get("$schema") : null;
        if (declared == null || !declared.isString()) {
            return SpecificationVersion.DRAFT_7;
        }
        String uri = declared.asString().toLowerCase(Locale.ROOT);
        if (uri.contains("draft-04")) {
            return SpecificationVersion.DRAFT_4;
        }
        if (uri.contains("draft-06")) {
            return SpecificationVersion.DRAFT_6;
        }
        if (uri.contains("2019-09")) {
            return SpecificationVersion.DRAFT_2019_09;
        }
        if (uri.contains("2020-12")) {
            return SpecificationVersion.DRAFT_2020_12;
        }
        return SpecificationVersion.DRAFT_7;
    }

    private static Schema compile(JsonNode schemaJson) {
        SpecificationVersion draft = draftOf(schemaJson);
        JsonNode root = schemaJson;
        if (schemaJson instanceof ObjectNode object && object.has("$schema")) {
            // The draft is chosen above; an unknown or remote meta-schema URI must not be looked up.
            ObjectNode copy = object.deepCopy();
            copy.remove("$schema");
            root = copy;
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(draft, builder -> builder
                .schemaLoader(loader -> loader.fetchRemoteResources(false).block(iri -> true)));
        return registry.getSchema(root);
    }

    private static Violation violation(Error error) {
        return new Violation(error.getKeyword() == null ? "" : error.getKeyword(), pointer(error.getInstanceLocation()),
                Optional.ofNullable(error.getProperty()), pointer(error.getSchemaLocation().getFragment()),
                error.getMessage());
    }

    private static String pointer(NodePath path) {
        if (path == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            out.append('/').append(element instanceof Integer ? element.toString()
                    : JsonPointers.escape(String.valueOf(element)));
        }
        return out.toString();
    }
}
