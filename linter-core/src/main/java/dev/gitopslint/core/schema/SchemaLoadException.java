package dev.gitopslint.core.schema;

/** A schema (CRD, schema location file) that cannot be used; the message is meant for the user. */
final class SchemaLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SchemaLoadException(String message) {
        super(message);
    }

    SchemaLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
