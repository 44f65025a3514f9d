package dev.gitopslint.rules.schema;

import dev.gitopslint.core.manifest.Located;
import dev.gitopslint.core.manifest.Manifest;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.schema.Violation;

/** Reports one kind of schema violation of a manifest: the schema rules differ only in the kind they own. */
final class SchemaViolations {

    private SchemaViolations() {
    }

    static void report(Manifest manifest, RuleContext context, FindingSink sink, Violation.Kind kind) {
        if (context.schemas().apiStatus(manifest).isRemoved()) {
            return; // api-removed says what to do; a schema for a removed API would only add noise
        }
        for (Violation violation : context.schemas().violations(manifest)) {
            if (violation.kind() == kind) {
                Located at = manifest.locate(violation.jsonPointer());
                sink.report(at.position(), manifest.describe() + ": " + violation.message(), at.related());
            }
        }
    }
}
