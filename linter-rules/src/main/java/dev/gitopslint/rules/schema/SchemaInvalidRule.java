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
        id = "schema-invalid",
        severity = Severity.ERROR,
        scope = Scope.MANIFEST,
        summary = "An object violates its schema: type, required, enum, pattern, format, int-or-string, quantity, "
                + "null where not nullable.",
        description = "The object is checked offline against the schema the API server would apply: the bundled "
                + "Kubernetes OpenAPI schemas of the target version (--kubernetes-version), the CRDs in the "
                + "repository, and a bundled CRD catalog. The API server or Argo CD would reject it. The message "
                + "names the field and what was expected; when the value came from a values file, the finding is "
                + "on that line. Fix the value (quote strings such as `group: \"\"` that YAML would read as null).",
        origin = "Seed 450: a ReferenceGrant's `group: \"\"` rendered as YAML null and broke the sync.",
        bad = "spec:\n  from:\n    - group:        # renders as null\n      kind: HTTPRoute",
        good = "spec:\n  from:\n    - group: \"\"\n      kind: HTTPRoute")
public final class SchemaInvalidRule implements ManifestRule {

    @Override
    public void check(Manifest manifest, RuleContext context, FindingSink sink) {
        SchemaViolations.report(manifest, context, sink, Violation.Kind.INVALID);
    }
}
