package dev.gitopslint.core.schema;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Turns a JSON Schema error into a violation whose message names the field and what was expected. */
final class ViolationMessages {

    private static final int MAX_ENUM_SHOWN = 10;

    private ViolationMessages() {
    }

    static Violation toViolation(Error error, JsonNode root, GroupVersionKind gvk) {
        String pointer = pointer(error.getInstanceLocation());
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        JsonNode value = error.getInstanceNode();
        JsonNode expected = error.getSchemaNode();
        switch (keyword) {
            case "additionalProperties" -> {
                String field = FieldPaths.append(pointer, propertyOf(error));
                return new Violation(field, Violation.Kind.UNKNOWN_FIELD,
                        at(root, field) + "field not declared in the schema of " + gvk);
            }
            case "required" -> {
                String field = FieldPaths.append(pointer, propertyOf(error));
                return new Violation(field, Violation.Kind.INVALID, at(root, field) + "required field is missing");
            }
            default -> {
                return new Violation(pointer, Violation.Kind.INVALID,
                        at(root, pointer) + describe(keyword, expected, value, root, pointer, error));
            }
        }
    }

    private static String describe(String keyword, JsonNode expected, JsonNode value, JsonNode root, String pointer, Error error) {
        String got = JsonValues.describe(value);
        return switch (keyword) {
            case "type" -> "expected " + expectedTypes(expected) + ", got " + got + nullNote(value, root, pointer);
            case "enum" -> "expected one of " + choices(expected) + ", got " + got;
            case "const" -> "expected " + JsonValues.show(expected) + ", got " + got;
            case "format" -> "expected " + formatDescription(expected.asString()) + ", got " + got;
            case "pattern" -> "expected a string matching " + expected.asString() + ", got " + got;
            case "minLength" -> "expected at least " + expected.asString() + " characters, got " + got;
            case "maxLength" -> "expected at most " + expected.asString() + " characters, got " + lengthOf(value);
            case "minItems" -> "expected at least " + expected.asString() + " items, got " + value.size();
            case "maxItems" -> "expected at most " + expected.asString() + " items, got " + value.size();
            case "minProperties" -> "expected at least " + expected.asString() + " entries, got " + value.size();
            case "maxProperties" -> "expected at most " + expected.asString() + " entries, got " + value.size();
            case "uniqueItems" -> "expected unique items, got duplicates";
            case "minimum" -> "expected " + rangeDescription(expected, ">=") + ", got " + got;
            case "maximum" -> "expected " + rangeDescription(expected, "<=") + ", got " + got;
            case "exclusiveMinimum" -> "expected a value > " + expected.asString() + ", got " + got;
            case "exclusiveMaximum" -> "expected a value < " + expected.asString() + ", got " + got;
            case "multipleOf" -> "expected a multiple of " + expected.asString() + ", got " + got;
            case "oneOf" -> alternatives(expected, value, true);
            case "anyOf" -> alternatives(expected, value, false);
            case "not" -> "has a value or combination of fields the schema forbids";
            default -> error.getMessage();
        };
    }

    /**
     * A failed oneOf/anyOf. The common Kubernetes shape, alternatives that each only require fields
     * ("exactly one of"), is said in field names; other shapes by how many alternatives match.
     */
    private static String alternatives(JsonNode alternatives, JsonNode value, boolean exactlyOne) {
        List<String> fields = new ArrayList<>();
        for (JsonNode alternative : alternatives) {
            if (alternative.size() != 1 || !alternative.path("required").isArray()) {
                fields = null;
                break;
            }
            List<String> required = new ArrayList<>();
            alternative.get("required").forEach(field -> required.add(field.asString()));
            fields.add(String.join(" and ", required));
        }
        if (fields != null && value != null && value.isObject()) {
            long set = fields.stream().filter(f -> List.of(f.split(" and ")).stream().allMatch(value::has)).count();
            return (exactlyOne ? "set exactly one of " : "set at least one of ") + String.join(", ", fields)
                    + (set == 0 ? " (none is set)" : " (" + set + " are set)");
        }
        return exactlyOne
                ? "must match exactly one of the " + alternatives.size() + " allowed forms"
                : "must match at least one of the " + alternatives.size() + " allowed forms";
    }

    /** Why a null is an error when most nulls are fine: the API server drops it, and the field is required. */
    private static String nullNote(JsonNode value, JsonNode root, String pointer) {
        if (value == null || !value.isNull() || pointer.isEmpty()) {
            return "";
        }
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        JsonNode container = parent.isEmpty() ? root : root.at(parent);
        return container.isObject() ? " (Kubernetes drops a null value, and this field is required)" : "";
    }

    private static String expectedTypes(JsonNode types) {
        List<String> names = new ArrayList<>();
        if (types.isArray()) {
            types.forEach(type -> {
                if (!type.asString().equals("null")) {
                    names.add(type.asString());
                }
            });
        } else {
            names.add(types.asString());
        }
        if (names.equals(List.of("string", "number"))) {
            return "a quantity (string or number)";
        }
        return names.isEmpty() ? "null" : String.join(" or ", names);
    }

    private static String choices(JsonNode values) {
        List<String> shown = new ArrayList<>();
        for (JsonNode value : values) {
            if (value.isNull()) {
                continue;
            }
            if (shown.size() == MAX_ENUM_SHOWN) {
                shown.add("… (" + values.size() + " in all)");
                break;
            }
            shown.add(JsonValues.show(value));
        }
        return String.join(", ", shown);
    }

    private static String formatDescription(String format) {
        return switch (format) {
            case KubernetesFormats.QUANTITY -> "a quantity such as " + KubernetesQuantity.EXAMPLES;
            case KubernetesFormats.BYTE -> "base64-encoded data";
            case "date-time" -> "an RFC 3339 date-time such as 2025-01-31T12:00:00Z";
            default -> "format " + format;
        };
    }

    private static String rangeDescription(JsonNode bound, String comparison) {
        if (bound.isIntegralNumber()) {
            long value = bound.asLong();
            if (value == Integer.MAX_VALUE || value == Integer.MIN_VALUE) {
                return "a 32-bit integer";
            }
            if (value == Long.MAX_VALUE || value == Long.MIN_VALUE) {
                return "a 64-bit integer";
            }
        }
        return "a value " + comparison + " " + bound.asString();
    }

    private static String lengthOf(JsonNode value) {
        return value.isString() ? value.stringValue().length() + " characters" : JsonValues.describe(value);
    }

    private static String at(JsonNode root, String pointer) {
        return "`" + FieldPaths.dotted(root, pointer) + "`: ";
    }

    private static String propertyOf(Error error) {
        if (error.getProperty() != null) {
            return error.getProperty();
        }
        Object[] arguments = error.getArguments();
        return arguments != null && arguments.length > 0 ? String.valueOf(arguments[0]) : "?";
    }

    static String pointer(NodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            out.append('/').append(FieldPaths.escape(String.valueOf(path.getElement(i))));
        }
        return out.toString();
    }
}
