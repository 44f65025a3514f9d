package dev.gitopslint.rules.argocd;

import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.render.RenderFailure;
import dev.gitopslint.core.render.RenderedApp;
import dev.gitopslint.core.rule.AppRule;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;

@RuleInfo(
        id = "chart-dependency-missing",
        severity = Severity.ERROR,
        scope = Scope.APP,
        summary = "Chart.yaml declares a dependency that is neither vendored under charts/ nor a local path.",
        description = "Offline rendering (and Argo CD without repository credentials for the chart's registry) "
                + "needs every dependency under the chart's `charts/` directory, as a folder or a .tgz, in a "
                + "version that satisfies the constraint, or as a `file://` path. Run `helm dependency build` and "
                + "commit the result, or point the dependency at a vendored chart. The app is not rendered until "
                + "then, so none of its objects are checked.",
        origin = "Render failures offline.",
        bad = "dependencies:\n  - name: redis\n    version: 19.x\n    repository: https://charts.bitnami.com/bitnami",
        good = "dependencies:\n  - name: redis\n    version: 19.x\n    repository: https://charts.bitnami.com/bitnami\n"
                + "# and charts/redis-19.6.4.tgz committed (helm dependency build)")
public final class ChartDependencyMissingRule implements AppRule {

    @Override
    public void check(RenderedApp app, RuleContext context, FindingSink sink) {
        app.failure().filter(f -> f.kind() == RenderFailure.Kind.DEPENDENCY_MISSING)
                .ifPresent(f -> sink.report(f.location(), f.message()));
    }
}
