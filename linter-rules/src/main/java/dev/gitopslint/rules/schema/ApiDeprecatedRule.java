package dev.gitopslint.rules.schema;

import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.manifest.Located;
import dev.gitopslint.core.manifest.Manifest;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.ManifestRule;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import dev.gitopslint.core.schema.ApiStatus;

@RuleInfo(
        id = "api-deprecated",
        severity = Severity.WARNING,
        scope = Scope.MANIFEST,
        summary = "An apiVersion/kind deprecated in the target Kubernetes version; names the replacement.",
        description = "The target version still serves this apiVersion but has deprecated it: a later upgrade "
                + "will remove it. Move to the replacement apiVersion named in the message while both work.",
        origin = "Apps failing after a cluster upgrade, caught one release earlier.",
        bad = "apiVersion: autoscaling/v2beta2\nkind: HorizontalPodAutoscaler",
        good = "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler")
public final class ApiDeprecatedRule implements ManifestRule {

    @Override
    public void check(Manifest manifest, RuleContext context, FindingSink sink) {
        ApiStatus status = context.schemas().apiStatus(manifest);
        if (status.isDeprecated() && !status.isRemoved()) {
            Located at = manifest.locate("/apiVersion");
            sink.report(at.position(), status.message(), at.related());
        }
    }
}
