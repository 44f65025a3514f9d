package dev.gitopslint.core.schema;

import tools.jackson.databind.JsonNode;

/** How messages show a value and its type. */
final class JsonValues {

    private static final int MAX_SHOWN = 60;

    private JsonValues() {
    }

    /** JSON Schema type name of a value: string, integer, number, boolean, null, object, array. */
    static String typeName(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isString()) {
            return "string";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isArray()) {
            return "array";
        }
        return "object";
    }

    /** {@code string "3"}, {@code integer 3}, {@code null}, {@code object}: the "got ..." part of a message. */
    static String describe(JsonNode value) {
        String type = typeName(value);
        if (value == null || value.isNull() || value.isContainer() || value.isMissingNode()) {
            return type;
        }
        return type + " " + show(value);
    }

    /** A scalar as it would be written in JSON, shortened when long. */
    static String show(JsonNode value) {
        String text = value.isString() ? quote(value.stringValue()) : value.toString();
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN - 1) + "…";
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
