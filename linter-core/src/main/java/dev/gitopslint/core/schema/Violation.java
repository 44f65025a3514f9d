package dev.gitopslint.core.schema;

import java.util.Objects;

/**
 * One problem of an object against its schema.
 *
 * @param jsonPointer RFC 6901 pointer into the validated document ({@code ""} for the whole object); for a
 *     missing required field, the pointer of the missing field (its parent is the closest existing node)
 * @param kind what kind of problem, which decides the rule that reports it
 * @param message starts with the field in dotted form ({@code `spec.replicas`: expected integer, got string "3"})
 */
public record Violation(String jsonPointer, Kind kind, String message) {

    public enum Kind {
        /** A field the schema does not declare (reported only in strict mode). */
        UNKNOWN_FIELD,
        /** Any other schema violation: type, required, enum, pattern, format, quantity, range, null... */
        INVALID,
        /** No schema is known for the object's apiVersion/kind. */
        UNKNOWN_KIND,
        /** Not a mapping, or no apiVersion, kind, or metadata.name / metadata.generateName. */
        MALFORMED
    }

    public Violation {
        Objects.requireNonNull(jsonPointer, "jsonPointer");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** The same violation found inside a larger document, e.g. item 3 of a List: {@code /items/3}. */
    public Violation withPointerPrefix(String prefix) {
        return new Violation(prefix + jsonPointer, kind, message);
    }
}
