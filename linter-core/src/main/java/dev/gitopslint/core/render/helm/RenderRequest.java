package dev.gitopslint.core.render.helm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything {@code helm template} needs for one (app, environment), in Argo CD's terms.
 *
 * <p>How Argo CD hands an app to Helm (repo-server {@code helmTemplate}, {@code util/helm/cmd.go}):
 * <pre>
 * helm template &lt;chart&gt; --name-template &lt;helm.releaseName or app name&gt;
 *     --namespace &lt;helm.namespace or destination.namespace&gt; --kube-version &lt;cluster version&gt;
 *     --set k=v ...          (helm.parameters without forceString; commas escaped, {a,b} kept as a list)
 *     --set-string k=v ...   (helm.parameters with forceString)
 *     --set-file k=path ...  (helm.fileParameters)
 *     --values f1 --values f2 ...  (helm.valueFiles, in the order listed)
 *     --values /tmp/&lt;uuid&gt;   (helm.valuesObject if set, otherwise helm.values: never both)
 *     --include-crds         (unless helm.skipCrds)
 * </pre>
 * Helm applies the value files first, left to right (last wins), then every {@code --set}, then
 * every {@code --set-string}, then every {@code --set-file}, independent of their position on the
 * command line. So the effective precedence, lowest to highest, is: chart values.yaml, valueFiles in
 * order, inline values, parameters, string parameters, file parameters. Argo keeps parameters in a
 * map, so a repeated name keeps its last value and parameters that overlap (such as {@code a} and
 * {@code a.b}) are applied in no defined order.
 *
 * @param chartDir           the chart directory (with Chart.yaml)
 * @param releaseName        {@code .Release.Name}
 * @param namespace          {@code .Release.Namespace}; null or empty for Helm's default (empty)
 * @param valueFiles         absolute paths, lowest precedence first; missing files are Helm errors
 * @param inlineValues       {@code helm.values}: YAML text, or null
 * @param inlineValuesObject {@code helm.valuesObject}, or null; when set, {@code inlineValues} is
 *                           ignored, as Argo CD does
 * @param parameters         {@code helm.parameters}
 * @param fileParameters     {@code helm.fileParameters}
 * @param kubeVersion        {@code .Capabilities.KubeVersion}, e.g. {@code 1.35.0}; null for Helm's
 *                           built-in default (v1.20.0, which fails charts with a newer kubeVersion)
 * @param skipCrds           {@code helm.skipCrds}: leave out the files in the charts' crds/ directories
 */
public record RenderRequest(
        Path chartDir,
        String releaseName,
        String namespace,
        List<Path> valueFiles,
        String inlineValues,
        Map<String, Object> inlineValuesObject,
        List<HelmParameter> parameters,
        List<HelmFileParameter> fileParameters,
        String kubeVersion,
        boolean skipCrds) {

    public RenderRequest {
        Objects.requireNonNull(chartDir, "chartDir");
        Objects.requireNonNull(releaseName, "releaseName");
        valueFiles = List.copyOf(valueFiles);
        inlineValuesObject = inlineValuesObject == null
                ? null : Collections.unmodifiableMap(new LinkedHashMap<>(inlineValuesObject));
        parameters = List.copyOf(parameters);
        fileParameters = List.copyOf(fileParameters);
    }

    public static Builder builder(Path chartDir, String releaseName) {
        return new Builder(chartDir, releaseName);
    }

    /** The inline values Argo CD would write to its extra values file, or null when there are none. */
    public Object effectiveInlineValues() {
        if (inlineValuesObject != null) {
            return inlineValuesObject;
        }
        return inlineValues == null || inlineValues.isEmpty() ? null : inlineValues;
    }

    public static final class Builder {
        private final Path chartDir;
        private final String releaseName;
        private String namespace;
        private final List<Path> valueFiles = new ArrayList<>();
        private String inlineValues;
        private Map<String, Object> inlineValuesObject;
        private final List<HelmParameter> parameters = new ArrayList<>();
        private final List<HelmFileParameter> fileParameters = new ArrayList<>();
        private String kubeVersion;
        private boolean skipCrds;

        private Builder(Path chartDir, String releaseName) {
            this.chartDir = chartDir;
            this.releaseName = releaseName;
        }

        public Builder namespace(String value) {
            this.namespace = value;
            return this;
        }

        public Builder valueFile(Path file) {
            valueFiles.add(file);
            return this;
        }

        public Builder valueFiles(List<Path> files) {
            valueFiles.addAll(files);
            return this;
        }

        public Builder inlineValues(String yaml) {
            this.inlineValues = yaml;
            return this;
        }

        public Builder inlineValuesObject(Map<String, Object> values) {
            this.inlineValuesObject = values;
            return this;
        }

        public Builder parameter(HelmParameter parameter) {
            parameters.add(parameter);
            return this;
        }

        public Builder fileParameter(HelmFileParameter parameter) {
            fileParameters.add(parameter);
            return this;
        }

        public Builder kubeVersion(String version) {
            this.kubeVersion = version;
            return this;
        }

        public Builder skipCrds(boolean skip) {
            this.skipCrds = skip;
            return this;
        }

        public RenderRequest build() {
            return new RenderRequest(chartDir, releaseName, namespace, valueFiles, inlineValues,
                    inlineValuesObject, parameters, fileParameters, kubeVersion, skipCrds);
        }
    }
}
