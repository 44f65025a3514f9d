package dev.gitopslint.core.rule;

import dev.gitopslint.core.apps.AppModel;
import dev.gitopslint.core.config.LintConfig;
import dev.gitopslint.core.config.RuleSettings;
import dev.gitopslint.core.finding.Target;
import dev.gitopslint.core.git.GitFacts;
import dev.gitopslint.core.images.LoadedImageLock;
import dev.gitopslint.core.render.RenderedApp;
import dev.gitopslint.core.schema.ManifestSchemas;
import dev.gitopslint.core.workspace.Workspace;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a rule may read: the stage results, its own settings, the ids of all installed rules, schema
 * validation shared by the schema rules, and the image lock file (the only source of image platforms:
 * rules never reach a registry), the git facts (submodules, symlinks), and each app's rendering.
 */
public record RuleContext(Workspace workspace, AppModel apps, LintConfig config, RuleSettings settings,
        Set<String> knownRuleIds, ManifestSchemas schemas, LoadedImageLock imageLock, GitFacts git,
        Map<Target, RenderedApp> renderings) {

    public RuleContext {
        renderings = Map.copyOf(renderings);
    }

    /**
     * The rendered objects of an app, when it rendered: for values rules that want the effect of a
     * value as evidence, not only the values themselves.
     */
    public Optional<RenderedApp> rendering(Target target) {
        return Optional.ofNullable(renderings.get(target)).filter(RenderedApp::rendered);
    }
}
