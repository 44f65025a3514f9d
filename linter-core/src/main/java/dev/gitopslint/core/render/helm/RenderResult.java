package dev.gitopslint.core.render.helm;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one render: either the manifest text exactly as {@code helm template} prints it (hooks
 * and, unless skipped, CRDs included) or Helm's error message. Chart and values problems are results,
 * never exceptions.
 *
 * @param manifest the rendered text, or null when the render failed
 * @param error    Helm's message, or null when the render succeeded
 * @param helmTime time spent inside the native Helm call
 */
public record RenderResult(String manifest, String error, Duration helmTime) {

    public RenderResult {
        if ((manifest == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of manifest and error must be set");
        }
        Objects.requireNonNull(helmTime, "helmTime");
    }

    public static RenderResult success(String manifest, Duration helmTime) {
        return new RenderResult(manifest, null, helmTime);
    }

    public static RenderResult failure(String error, Duration helmTime) {
        return new RenderResult(null, error, helmTime);
    }

    public static RenderResult failure(String error) {
        return new RenderResult(null, error, Duration.ZERO);
    }

    public boolean succeeded() {
        return manifest != null;
    }

    /** The manifest split per document; empty for a failed render. */
    public List<RenderedChunk> chunks() {
        return succeeded() ? RenderedText.split(manifest) : List.of();
    }
}
