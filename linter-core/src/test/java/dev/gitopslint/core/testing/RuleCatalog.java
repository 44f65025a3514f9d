package dev.gitopslint.core.testing;

import java.util.Set;

/** Every rule id of the catalog (RULES.md), installed yet or not: fixture markers must name one. */
public final class RuleCatalog {

    public static final Set<String> IDS = Set.of(
            "values-empty-override", "values-ineffective-override", "values-namespace-leak", "values-file-missing",
            "values-unused-key", "values-schema", "values-image-repository-without-digest", "yaml-duplicate-key",
            "yaml-syntax", "yaml-unsafe", "file-unreadable", "suppression-invalid", "argocd-applicationset-error",
            "render-tool-missing",
            "image-latest-tag", "image-mutable-tag", "image-platforms", "image-unverified",
            "image-pull-secret-missing", "secret-placeholder", "secret-plaintext", "secret-reference-unresolved",
            "externalsecret-store-missing", "argocd-empty-app", "argocd-hook-only-app", "argocd-cr-as-hook",
            "argocd-hook-policy", "argocd-source-not-local", "helm-render-error", "chart-dependency-missing",
            "schema-invalid", "schema-unknown-field", "schema-unknown-kind", "manifest-malformed", "api-removed",
            "api-deprecated", "scheduling-unsatisfiable", "service-target-port-unmatched",
            "service-selector-unmatched", "service-dns-unresolved", "job-runtime-download", "cronjob-history",
            "probe-timeout-low", "resources-requests-missing", "resource-duplicate", "git-submodule-unreachable",
            "git-broken-symlink");

    private RuleCatalog() {
    }
}
