package dev.gitopslint.core.render;

import dev.gitopslint.core.source.Position;

/** Why an app was not rendered: Helm's own message, and where to look first. */
public record RenderFailure(Kind kind, String message, Position location) {

    public enum Kind {
        /** Helm failed: template error, {@code required} value, bad values. */
        HELM_ERROR,
        /** The source is not in this repository (remote git, Helm or OCI registry). */
        NOT_LOCAL,
        /** The chart declares a dependency that is not vendored. */
        DEPENDENCY_MISSING,
        /** A source type that needs a tool that is not installed (kustomize). */
        TOOL_MISSING
    }
}
