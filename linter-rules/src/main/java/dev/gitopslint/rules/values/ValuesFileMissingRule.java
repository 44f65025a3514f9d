package dev.gitopslint.rules.values;

import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.apps.ValueFileRef;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import dev.gitopslint.core.rule.ValuesRule;
import dev.gitopslint.core.source.Position;
import java.util.Optional;

@RuleInfo(
        id = "values-file-missing",
        severity = Severity.ERROR,
        scope = Scope.VALUES,
        summary = "An Application or ApplicationSet references a values file that does not exist.",
        description = "Without `ignoreMissingValueFiles`, Argo CD fails to render the app. With "
                + "`ignoreMissingValueFiles: true` a missing layer is normal (environments leave most overrides "
                + "out), so only a path that no environment has and whose folder does not exist is reported, as a "
                + "warning: that is a misspelt or misplaced path, and the override it was meant to carry never "
                + "applies. Fix the path (compare it with the layer folders the other value files use).",
        origin = "Seed 450: the bootstrap looked for `sources/values/<env>/...` (missing the `env/` segment) and "
                + "the override never applied.",
        bad = "valueFiles:\n  - $values/sources/values/dev/platform/keycloak.yaml",
        good = "valueFiles:\n  - $values/sources/values/env/dev/platform/keycloak.yaml")
public final class ValuesFileMissingRule implements ValuesRule {

    @Override
    public void check(App app, RuleContext context, FindingSink sink) {
        for (ValueFileRef ref : app.deployment().valueFiles()) {
            if (ref.exists()) {
                continue;
            }
            String path = ref.resolved().orElse(ref.declared());
            if (!ref.ignoreMissing()) {
                sink.report(ref.declaredAt(), "values file " + ref.declared() + " does not exist"
                        + (ref.resolved().isPresent() ? " (" + path + ")" : "") + ": Argo CD fails to render this "
                        + "app. Fix the path or add `ignoreMissingValueFiles: true` if the layer is optional");
            } else if (ref.resolved().isEmpty() || looksMisspelt(ref, context)) {
                sink.report(Optional.of(Severity.WARNING), ref.declaredAt(), "values file " + ref.declared()
                        + " exists in no environment and its folder " + folder(path) + " does not exist: a "
                        + "misspelt or misplaced path, so this layer never applies (ignoreMissingValueFiles hides "
                        + "it). Compare it with the folders of the other value files",
                        java.util.List.of());
            }
        }
    }

    /** No app finds a file at this declaration, and none of the folders it resolves to exists. */
    private static boolean looksMisspelt(ValueFileRef ref, RuleContext context) {
        Position declaration = ref.declaredAt();
        for (App other : context.apps().apps()) {
            for (ValueFileRef candidate : other.deployment().valueFiles()) {
                if (!candidate.declaredAt().equals(declaration)) {
                    continue;
                }
                if (candidate.exists()) {
                    return false;
                }
                String folder = folder(candidate.resolved().orElse(candidate.declared()));
                if (folder.isEmpty() || context.workspace().files().keySet().stream()
                        .anyMatch(f -> f.startsWith(folder + "/"))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
