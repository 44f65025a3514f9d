package dev.gitopslint.core.engine;

import dev.gitopslint.core.apps.AppModel;
import dev.gitopslint.core.config.LintConfig;
import dev.gitopslint.core.git.GitFacts;
import dev.gitopslint.core.images.LoadedImageLock;
import dev.gitopslint.core.manifest.Manifest;
import dev.gitopslint.core.render.RenderedApp;
import dev.gitopslint.core.schema.ManifestSchemas;
import dev.gitopslint.core.workspace.Workspace;
import java.util.List;

/**
 * The repository as understood, before rules: what {@code lint}, {@code apps} and {@code values} share.
 * {@code imageLock} is the image lock file, read once for the image rules.
 */
public record Analysis(Workspace workspace, LintConfig config, AppModel apps, List<Manifest> plainManifests,
        List<RenderedApp> renderedApps, ManifestSchemas schemas,
        LoadedImageLock imageLock, GitFacts git) {

    LintInputs inputs() {
        return new LintInputs(workspace, config, apps, plainManifests, renderedApps, schemas, imageLock, git);
    }
}
