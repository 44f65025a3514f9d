package dev.gitopslint.core.apps;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How Argo CD hands an app to Helm: release name, chart source, the value files as declared, inline
 * values/parameters (already part of the app's layer stack), file parameters (paths relative to the
 * chart), and render options; for a directory source, its recurse/include/exclude options.
 */
public record Deployment(String releaseName, Optional<AppSource> source, List<ValueFileRef> valueFiles,
        Map<String, String> parameters, boolean skipCrds, Optional<String> kubeVersion, String kind,
        Map<String, String> fileParameters, DirectoryOptions directory) {

    /** A {@code directory} source's options: recurse into subfolders, and include/exclude globs. */
    public record DirectoryOptions(boolean recurse, String include, String exclude) {
        public static final DirectoryOptions DEFAULT = new DirectoryOptions(false, "", "");
    }

    public Deployment(String releaseName, Optional<AppSource> source, List<ValueFileRef> valueFiles,
            Map<String, String> parameters, boolean skipCrds, Optional<String> kubeVersion, String kind) {
        this(releaseName, source, valueFiles, parameters, skipCrds, kubeVersion, kind, Map.of(), DirectoryOptions.DEFAULT);
    }

    /** Apps from config layering: no Argo CD object behind them. */
    public static final String CONFIG = "config";
    public static final String HELM = "helm";
    public static final String DIRECTORY = "directory";
    public static final String KUSTOMIZE = "kustomize";

    public Deployment {
        valueFiles = List.copyOf(valueFiles);
        parameters = Map.copyOf(parameters);
        fileParameters = Map.copyOf(fileParameters);
    }

    public static Deployment none(String releaseName) {
        return new Deployment(releaseName, Optional.empty(), List.of(), Map.of(), false, Optional.empty(), CONFIG);
    }
}
