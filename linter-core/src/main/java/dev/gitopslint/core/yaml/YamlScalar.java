package dev.gitopslint.core.yaml;

import dev.gitopslint.core.source.Position;

/**
 * A scalar with its resolved value (YAML 1.2 core schema: null, boolean, integer, float or string) and
 * the text as written.
 */
public record YamlScalar(Kind kind, Object value, String text, boolean quoted, Position position)
        implements YamlNode {

    public enum Kind { NULL, BOOLEAN, INTEGER, FLOAT, STRING }

    public static YamlScalar string(String text, Position position) {
        return new YamlScalar(Kind.STRING, text, text, true, position);
    }

    @Override
    public long expandedSize() {
        return 1;
    }

    /** The value as a string the way Helm prints it in a template ({@code null} for null). */
    public String asText() {
        return kind == Kind.NULL ? null : text;
    }

    public boolean isString() {
        return kind == Kind.STRING;
    }
}
