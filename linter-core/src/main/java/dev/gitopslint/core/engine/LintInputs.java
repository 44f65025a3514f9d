package dev.gitopslint.core.engine;

import dev.gitopslint.core.apps.AppModel;
import dev.gitopslint.core.config.LintConfig;
import dev.gitopslint.core.git.GitFacts;
import dev.gitopslint.core.images.LoadedImageLock;
import dev.gitopslint.core.manifest.Manifest;
import dev.gitopslint.core.render.RenderedApp;
import dev.gitopslint.core.schema.ManifestSchemas;
import dev.gitopslint.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;

/** The stage results the rules run on. */
public record LintInputs(Workspace workspace, LintConfig config, AppModel apps, List<Manifest> plainManifests,
        List<RenderedApp> renderedApps, ManifestSchemas schemas,
        LoadedImageLock imageLock, GitFacts git) {

    public LintInputs {
        plainManifests = List.copyOf(plainManifests);
        renderedApps = List.copyOf(renderedApps);
    }

    public List<Manifest> allManifests() {
        List<Manifest> all = new ArrayList<>(plainManifests);
        renderedApps.forEach(app -> all.addAll(app.manifests()));
        return all;
    }
}
