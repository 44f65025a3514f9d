package dev.gitopslint.core.argocd;

import dev.gitopslint.core.source.Position;

/** A generator that Argo CD would fail on, located in the ApplicationSet. */
public final class GeneratorException extends Exception {

    private final Position position;

    public GeneratorException(Position position, String message) {
        super(message);
        this.position = position;
    }

    public Position position() {
        return position;
    }
}
