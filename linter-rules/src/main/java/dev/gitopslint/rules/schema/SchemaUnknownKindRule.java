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
        id = "schema-unknown-kind",
        severity = Severity.WARNING,
        scope = Scope.MANIFEST,
        summary = "No schema is known for an apiVersion/kind, so the object is not validated.",
        description = "The kind is not built into the target Kubernetes version, not defined by a CRD in the "
                + "repository, and not in the bundled catalog or the configured schema locations. Often a typo "
                + "in apiVersion or kind; otherwise add the CRD to the repository (or its JSON Schema to a schema "
                + "location) so the objects are checked.",
        origin = "Typos in apiVersion; custom resources that nothing validates.",
        bad = "apiVersion: gateway.networking.k8s.io/v1beta7\nkind: HTTPRoute",
        good = "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute")
public final class SchemaUnknownKindRule implements ManifestRule {

    @Override
    public void check(Manifest manifest, RuleContext context, FindingSink sink) {
        SchemaViolations.report(manifest, context, sink, Violation.Kind.UNKNOWN_KIND);
    }
}
