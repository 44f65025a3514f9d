package dev.gitopslint.core.schema;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.AbstractKeywordValidator;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema {@code type} keyword, checked with one bit test. The standard implementation
 * evaluates a list of types ({@code [object, "null"]}, which every nullable or int-or-string field
 * has here) as one sub-schema per type, which costs allocations on every field of every object; the
 * outcome and the error (keyword {@code type}, the declared types as schema node) are the same.
 */
final class TypeKeyword implements Keyword {

    private static final int NULL = 1;
    private static final int BOOLEAN = 1 << 1;
    private static final int STRING = 1 << 2;
    private static final int INTEGER = 1 << 3;
    private static final int NUMBER = 1 << 4;
    private static final int OBJECT = 1 << 5;
    private static final int ARRAY = 1 << 6;

    @Override
    public String getValue() {
        return "type";
    }

    @Override
    public KeywordValidator newValidator(SchemaLocation location, JsonNode schemaNode, Schema parentSchema, SchemaContext context) {
        int allowed = 0;
        if (schemaNode.isString()) {
            allowed = bit(schemaNode.stringValue());
        } else if (schemaNode.isArray()) {
            for (JsonNode type : schemaNode) {
                allowed |= bit(type.asString());
            }
        }
        if (allowed == 0) {
            throw new SchemaException("unknown type " + schemaNode + " at " + location);
        }
        return new Validator(this, schemaNode, location, allowed);
    }

    private static int bit(String type) {
        return switch (type) {
            case "null" -> NULL;
            case "boolean" -> BOOLEAN;
            case "string" -> STRING;
            case "integer" -> INTEGER;
            case "number" -> NUMBER | INTEGER;
            case "object" -> OBJECT;
            case "array" -> ARRAY;
            default -> 0;
        };
    }

    /** The type of a value; a number without a fractional part is an integer, as JSON Schema says. */
    private static int typeOf(JsonNode value) {
        if (value.isString()) {
            return STRING;
        }
        if (value.isObject()) {
            return OBJECT;
        }
        if (value.isArray()) {
            return ARRAY;
        }
        if (value.isIntegralNumber()) {
            return INTEGER;
        }
        if (value.isNumber()) {
            double number = value.asDouble();
            return !Double.isInfinite(number) && number == Math.rint(number) ? INTEGER : NUMBER;
        }
        if (value.isBoolean()) {
            return BOOLEAN;
        }
        return value.isNull() ? NULL : 0;
    }

    private static final class Validator extends AbstractKeywordValidator {
        private final int allowed;

        Validator(Keyword keyword, JsonNode schemaNode, SchemaLocation location, int allowed) {
            super(keyword, schemaNode, location);
            this.allowed = allowed;
        }

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode rootNode, NodePath instanceLocation) {
            if ((typeOf(node) & allowed) != 0) {
                return;
            }
            context.addError(Error.builder()
                    .keyword("type")
                    .instanceNode(node)
                    .instanceLocation(instanceLocation)
                    .evaluationPath(context.getEvaluationPath())
                    .schemaLocation(schemaLocation)
                    .schemaNode(schemaNode)
                    .messageSupplier(() -> JsonValues.typeName(node) + " found, " + schemaNode + " expected")
                    .build());
        }
    }
}
