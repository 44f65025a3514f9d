package dev.gitopslint.core.yaml;

import dev.gitopslint.core.source.Position;
import java.util.Objects;

/**
 * A scalar with its resolved value (YAML 1.2 core schema: null, boolean, integer, float or string) and
 * the text as written. Not a record: see {@link PlacedNode} for why its place is kept as fields.
 */
public final class YamlScalar extends PlacedNode implements YamlNode {

    public enum Kind { NULL, BOOLEAN, INTEGER, FLOAT, STRING }

    private final Kind kind;
    private final Object value;
    private final String text;
    private final boolean quoted;

    public YamlScalar(Kind kind, Object value, String text, boolean quoted, Position position) {
        this(kind, value, text, quoted, position.file(), position.line(), position.column());
    }

    YamlScalar(Kind kind, Object value, String text, boolean quoted, String file, int line, int column) {
        super(file, line, column);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.value = value;
        this.text = text;
        this.quoted = quoted;
    }

    public static YamlScalar string(String text, Position position) {
        return new YamlScalar(Kind.STRING, text, text, true, position);
    }

    public Kind kind() {
        return kind;
    }

    public Object value() {
        return value;
    }

    public String text() {
        return text;
    }

    public boolean quoted() {
        return quoted;
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

    @Override
    public boolean equals(Object other) {
        return other instanceof YamlScalar s && kind == s.kind && quoted == s.quoted && line == s.line
                && column == s.column && Objects.equals(value, s.value) && Objects.equals(text, s.text)
                && file.equals(s.file);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value, text, quoted, file, line, column);
    }

    @Override
    public String toString() {
        return "YamlScalar[" + kind + " " + text + (quoted ? " (quoted)" : "") + "]@" + position();
    }
}
