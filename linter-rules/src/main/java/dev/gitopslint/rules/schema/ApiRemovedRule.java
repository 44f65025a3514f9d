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
        id = "api-removed",
        severity = Severity.ERROR,
        scope = Scope.MANIFEST,
        summary = "An apiVersion/kind that the target Kubernetes version no longer serves; names the replacement.",
        description = "The API server of the target version (--kubernetes-version, default the newest bundled) "
                + "does not serve this apiVersion for this kind, so applying it fails after the cluster upgrade. "
                + "Move to the replacement apiVersion named in the message (and adapt the fields it changed).",
        origin = "Apps failing after a cluster upgrade.",
        bad = "apiVersion: policy/v1beta1\nkind: PodDisruptionBudget",
        good = "apiVersion: policy/v1\nkind: PodDisruptionBudget")
public final class ApiRemovedRule implements ManifestRule {

    @Override
    public void check(Manifest manifest, RuleContext context, FindingSink sink) {
        ApiStatus status = context.schemas().apiStatus(manifest);
        if (status.isRemoved()) {
            Located at = manifest.locate("/apiVersion");
            sink.report(at.position(), status.message(), at.related());
        }
    }
}
