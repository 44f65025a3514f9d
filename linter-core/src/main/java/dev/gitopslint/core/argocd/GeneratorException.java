package dev.gitopslint.core.argocd;

import dev.gitopslint.core.source.Position;

/**
 * A generator that cannot give its parameters, located in the ApplicationSet: one Argo CD would fail on,
 * or one whose parameters only a live system knows ({@link #offlineLimit()}).
 */
public final class GeneratorException extends Exception {

    private final Position position;
    private final boolean offlineLimit;

    public GeneratorException(Position position, String message) {
        this(position, message, false);
    }

    private GeneratorException(Position position, String message, boolean offlineLimit) {
        super(message);
        this.position = position;
        this.offlineLimit = offlineLimit;
    }

    /** A generator Argo CD evaluates fine, but only with a cluster, an SCM provider or another repository. */
    static GeneratorException notOffline(Position position, String message) {
        return new GeneratorException(position, message, true);
    }

    public Position position() {
        return position;
    }

    public boolean offlineLimit() {
        return offlineLimit;
    }
}
