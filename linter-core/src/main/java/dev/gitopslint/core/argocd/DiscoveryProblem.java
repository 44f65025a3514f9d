package dev.gitopslint.core.argocd;

import dev.gitopslint.core.source.Position;

/**
 * Something that stops Argo CD from generating or reading an application, found during discovery; or,
 * when {@code offlineLimit}, applications that only Argo CD itself can generate (they are not linted).
 */
public record DiscoveryProblem(Position position, String message, boolean offlineLimit) {

    public DiscoveryProblem(Position position, String message) {
        this(position, message, false);
    }
}
