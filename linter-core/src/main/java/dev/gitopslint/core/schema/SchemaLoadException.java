package dev.gitopslint.core.schema;

/** A schema (CRD, schema location file) that cannot be used; the message is meant for the user. */
public final class SchemaLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SchemaLoadException(String message) {
        super(message);
    }

    public SchemaLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
