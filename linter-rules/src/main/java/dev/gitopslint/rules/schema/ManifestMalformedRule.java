package dev.gitopslint.rules.schema;

import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.manifest.Manifest;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.ManifestRule;
import dev.gitopslint.core.rule.RepoRule;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import dev.gitopslint.core.schema.Violation;
import dev.gitopslint.core.workspace.FileKind;
import dev.gitopslint.core.yaml.YamlDocument;
import dev.gitopslint.core.yaml.YamlFile;
import dev.gitopslint.core.yaml.YamlMap;
import java.util.Optional;

@RuleInfo(
        id = "manifest-malformed",
        severity = Severity.ERROR,
        scope = Scope.MANIFEST,
        summary = "A document lacks apiVersion, kind or metadata.name (or generateName), or is not a mapping.",
        description = "Argo CD and the API server reject such a document, and nothing else in it can be checked. "
                + "In a file of Kubernetes manifests every document must be an object with apiVersion, kind and "
                + "metadata.name (or generateName). Add what is missing, or move non-manifest YAML out of the "
                + "manifests folder.",
        origin = "Objects Argo rejects.",
        bad = "apiVersion: v1\nmetadata:\n  name: settings\ndata: {}",
        good = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata: {}")
public final class ManifestMalformedRule implements ManifestRule, RepoRule {

    @Override
    public void check(Manifest manifest, RuleContext context, FindingSink sink) {
        SchemaViolations.report(manifest, context, sink, Violation.Kind.MALFORMED);
    }

    /** Documents of manifest files that are not objects at all never become manifests: report them here. */
    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (YamlFile file : context.workspace().yamlFiles(FileKind.MANIFEST)) {
            for (YamlDocument document : file.documents()) {
                if (document.root().isEmpty()) {
                    continue;
                }
                Optional<YamlMap> object = document.rootMap();
                if (object.isEmpty()) {
                    sink.report(document.root().get().position(), "document " + (document.index() + 1)
                            + " is not a mapping: a Kubernetes manifest must be an object");
                    continue;
                }
                for (String field : new String[] {"apiVersion", "kind"}) {
                    if (object.get().text(field).filter(v -> !v.isBlank()).isEmpty()) {
                        sink.report(object.get().position(), "document " + (document.index() + 1) + " has no "
                                + field + ": add it (every Kubernetes object needs apiVersion and kind)");
                    }
                }
            }
        }
    }
}
