package dev.gitopslint.core.render;

import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.manifest.Manifest;
import java.util.List;

/** An app's rendered objects; {@code rendered} is false when it could not be rendered offline. */
public record RenderedApp(App app, List<Manifest> manifests, boolean rendered) {

    public RenderedApp {
        manifests = List.copyOf(manifests);
    }
}
