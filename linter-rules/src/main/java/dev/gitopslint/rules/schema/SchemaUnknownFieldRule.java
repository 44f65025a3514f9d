package dev.gitopslint.rules.schema;

import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.manifest.Manifest;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.ManifestRule;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import dev.gitopslint.core.schema.Violation;

@RuleInfo(
        id = "schema-unknown-field",
        severity = Severity.ERROR,
        scope = Scope.MANIFEST,
        summary = "A field that the object's schema does not declare (strict, for core kinds and CRDs alike).",
        description = "The API server prunes or rejects fields its schema does not declare, and Argo CD's "
                + "structured diff fails on them (ComparisonError), so the app never converges. Fields under "
                + "x-kubernetes-preserve-unknown-fields and embedded resources are allowed. Remove the field, or "
                + "move it to where the schema declares it.",
        origin = "Seed 450: `EnvoyPatchPolicy.spec.targetRef.namespace` and "
                + "`Gateway.spec.infrastructure.parametersRef.namespace` broke Argo's structured diff.",
        bad = "spec:\n  targetRef:\n    kind: Gateway\n    name: ameide\n    namespace: ameide-dev",
        good = "spec:\n  targetRef:\n    kind: Gateway\n    name: ameide   # same namespace as the policy")
public final class SchemaUnknownFieldRule implements ManifestRule {

    @Override
    public void check(Manifest manifest, RuleContext context, FindingSink sink) {
        SchemaViolations.report(manifest, context, sink, Violation.Kind.UNKNOWN_FIELD);
    }
}
