package dev.gitopslint.core.argocd;

import dev.gitopslint.core.source.Position;

/** Something that stops Argo CD from generating or reading an application, found during discovery. */
public record DiscoveryProblem(Position position, String message) {
}
