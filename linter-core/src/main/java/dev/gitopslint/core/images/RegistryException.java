package dev.gitopslint.core.images;

/**
 * A registry operation that failed, with a message a user can act on (which registry, what
 * happened, what to check) and a {@link Reason} for callers that branch on it.
 */
public final class RegistryException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the operation failed. */
    public enum Reason {
        /** No connection: refused, unknown host, TLS failure. */
        UNREACHABLE,
        /** Connected or connecting, but no complete answer within the configured timeout. */
        TIMEOUT,
        /** 401/403 after trying the available credentials. */
        UNAUTHORIZED,
        /** The repository, tag, manifest or blob does not exist. */
        NOT_FOUND,
        /** The registry answered something this client cannot use (bad status, content, digest). */
        PROTOCOL,
        /** Local configuration is unusable, e.g. an unreadable docker config file. */
        CONFIGURATION
    }

    private final Reason reason;

    public RegistryException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RegistryException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
