package dev.gitopslint.core.render;

import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.manifest.Manifest;
import java.util.List;
import java.util.Optional;

/**
 * An app's rendered objects, and the rendered text they were read from. When it could not be rendered,
 * {@code failure} says why and {@code manifests} is empty: rules that need the rendered set must check
 * {@link #rendered()}.
 */
public record RenderedApp(App app, List<Manifest> manifests, Optional<RenderFailure> failure, String text) {

    public RenderedApp {
        manifests = List.copyOf(manifests);
    }

    public RenderedApp(App app, List<Manifest> manifests, Optional<RenderFailure> failure) {
        this(app, manifests, failure, "");
    }

    public boolean rendered() {
        return failure.isEmpty();
    }
}
