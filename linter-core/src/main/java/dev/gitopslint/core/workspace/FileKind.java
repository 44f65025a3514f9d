package dev.gitopslint.core.workspace;

/** What a repository file is, decided once by the scan. */
public enum FileKind {
    /** A Helm values file outside charts (layers). */
    VALUES,
    /** Plain Kubernetes manifests. */
    MANIFEST,
    /** Argo CD Applications, ApplicationSets, AppProjects. */
    ARGOCD,
    /** CustomResourceDefinitions outside charts. */
    CRD,
    /** The linter's own configuration file. */
    CONFIG,
    /** Other YAML (component descriptors, cluster lists...). */
    OTHER_YAML,
    CHART_METADATA,
    CHART_VALUES,
    /** Go templates: not YAML until rendered. */
    CHART_TEMPLATE,
    CHART_CRD,
    /** Other files inside a chart (files/, README, values.schema.json, packaged subcharts). */
    CHART_FILE,
    /** Anything else: not read. */
    OTHER;

    public boolean isYaml() {
        return this != CHART_TEMPLATE && this != OTHER && this != CHART_FILE;
    }
}
