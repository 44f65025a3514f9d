package dev.gitopslint.core.argocd;

import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.apps.ChartDefaults;
import dev.gitopslint.core.apps.AppSource;
import dev.gitopslint.core.apps.Deployment;
import dev.gitopslint.core.apps.SyncPolicy;
import dev.gitopslint.core.apps.ValueFileRef;
import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.values.LayerStack;
import dev.gitopslint.core.values.ValuesLayer;
import dev.gitopslint.core.workspace.Chart;
import dev.gitopslint.core.workspace.Workspace;
import dev.gitopslint.core.yaml.YamlDocument;
import dev.gitopslint.core.yaml.YamlFile;
import dev.gitopslint.core.yaml.YamlLimits;
import dev.gitopslint.core.yaml.YamlLoader;
import dev.gitopslint.core.yaml.YamlMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads an Application (written or generated) into an {@link App}: the chart source, the value files in
 * Argo CD's order resolved to repository paths ({@code $ref/} paths through the {@code ref} source, others
 * relative to the chart's path), inline values and parameters as the top layers, the destination, the
 * sync policy and the environment.
 */
final class ApplicationReader {

    private final Workspace workspace;
    private final LocalRepositories repositories;
    private final VendoredCopies vendored;

    ApplicationReader(Workspace workspace, LocalRepositories repositories, VendoredCopies vendored) {
        this.workspace = workspace;
        this.repositories = repositories;
        this.vendored = vendored;
    }

    App read(JsonNode application, ApplicationLocator locator, Map<String, Object> params, Position definedAt) {
        JsonNode spec = application.path("spec");
        String name = application.path("metadata").path("name").asString("");
        List<JsonNode> sources = new ArrayList<>();
        String sourcesPointer;
        if (spec.path("sources").isArray() && !spec.path("sources").isEmpty()) {
            spec.path("sources").forEach(sources::add);
            sourcesPointer = "/spec/sources/";
        } else {
            sources.add(spec.path("source"));
            sourcesPointer = "/spec/source";
        }
        Map<String, JsonNode> refs = new LinkedHashMap<>();
        sources.stream().filter(s -> s.hasNonNull("ref")).forEach(s -> refs.put(s.path("ref").asString(), s));
        int chartIndex = 0;
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).hasNonNull("path") || sources.get(i).hasNonNull("chart")) {
                chartIndex = i;
                break;
            }
        }
        JsonNode source = sources.get(chartIndex);
        String sourcePointer = sourcesPointer.endsWith("/") ? sourcesPointer + chartIndex : sourcesPointer;
        JsonNode helm = source.path("helm");

        AppSource appSource = source(source, sourcePointer, locator);
        Optional<Chart> chart = appSource.localDir().flatMap(workspace::chart);
        String kind = kindOf(source, appSource, chart);
        boolean ignoreMissing = helm.path("ignoreMissingValueFiles").asBoolean(false);
        String chartPath = appSource.localDir().orElse("");

        List<ValueFileRef> refsToFiles = new ArrayList<>();
        List<ValuesLayer> layers = new ArrayList<>();
        JsonNode valueFiles = helm.path("valueFiles");
        for (int i = 0; i < valueFiles.size(); i++) {
            String declared = valueFiles.get(i).asString("");
            Optional<String> resolved = resolve(declared, chartPath, refs);
            boolean exists = resolved.map(workspace::exists).orElse(false);
            Position at = locator.locate(sourcePointer + "/helm/valueFiles/" + i, declared);
            refsToFiles.add(new ValueFileRef(declared, resolved, exists, ignoreMissing, at));
            String file = resolved.orElse(declared);
            layers.add(ValuesLayer.of(file, "valueFiles[" + i + "]",
                    exists ? workspace.yaml(file).flatMap(ChartDefaults::firstMap) : Optional.empty()));
        }
        inlineValues(helm, sourcePointer, locator).ifPresent(layers::add);
        Map<String, String> parameters = new LinkedHashMap<>();
        helm.path("parameters").forEach(p -> parameters.put(p.path("name").asString(""), p.path("value").asString("")));
        if (!parameters.isEmpty()) {
            Position at = locator.locate(sourcePointer + "/helm/parameters", null);
            layers.add(ValuesLayer.of(at.file(), "helm.parameters", Optional.of(SetValues.toMap(parameters, at))));
        }

        String releaseName = helm.path("releaseName").asString("");
        Map<String, String> fileParameters = new LinkedHashMap<>();
        helm.path("fileParameters").forEach(p -> fileParameters.put(p.path("name").asString(""),
                p.path("path").asString("")));
        JsonNode directory = source.path("directory");
        Deployment.DirectoryOptions directoryOptions = new Deployment.DirectoryOptions(
                directory.path("recurse").asBoolean(false), directory.path("include").asString(""),
                directory.path("exclude").asString(""));
        Deployment deployment = new Deployment(releaseName.isEmpty() ? name : releaseName, Optional.of(appSource),
                refsToFiles, parameters, helm.path("skipCrds").asBoolean(false),
                Optional.of(helm.path("kubeVersion").asString("")).filter(v -> !v.isEmpty()), kind, fileParameters,
                directoryOptions);
        JsonNode destination = spec.path("destination");
        Optional<String> namespace = Optional.of(helm.path("namespace").asString(""))
                .filter(n -> !n.isEmpty())
                .or(() -> Optional.of(destination.path("namespace").asString("")).filter(n -> !n.isEmpty()));
        String chartId = chart.map(c -> "chart:" + c.dir())
                .orElse("source:" + RepoUrls.normalize(appSource.repoURL()) + "/" + appSource.path().orElse("")
                        + appSource.chart().orElse(""));
        return new App(name, environment(application, params), chartId, chart, ChartDefaults.stack(workspace, layers, chart),
                namespace, syncPolicy(spec.path("syncPolicy")), definedAt, deployment);
    }

    private AppSource source(JsonNode source, String pointer, ApplicationLocator locator) {
        String repoURL = source.path("repoURL").asString("");
        Optional<String> path = Optional.of(source.path("path").asString("")).filter(p -> !p.isEmpty());
        Optional<String> chartName = Optional.of(source.path("chart").asString("")).filter(c -> !c.isEmpty());
        String targetRevision = source.path("targetRevision").asString("");
        Optional<String> localDir = Optional.empty();
        Optional<String> vendoredCopy = Optional.empty();
        if (path.isPresent() && chartName.isEmpty() && repositories.isLocal(repoURL)) {
            localDir = normalizePath(path.get()).filter(this::isDirectory);
        } else {
            vendoredCopy = vendored.find(repoURL, chartName)
                    .map(copy -> copy.directoryFor(chartName, targetRevision, path));
            localDir = vendoredCopy.flatMap(ApplicationReader::normalizePath).filter(this::isDirectory);
        }
        return new AppSource(repoURL, path, chartName, targetRevision, localDir,
                locator.locate(pointer + "/repoURL", repoURL), vendoredCopy);
    }

    private String kindOf(JsonNode source, AppSource appSource, Optional<Chart> chart) {
        if (chart.isPresent() || source.has("helm") || appSource.chart().isPresent()) {
            return Deployment.HELM;
        }
        if (source.has("kustomize") || appSource.localDir().map(d -> hasKustomization(d)).orElse(false)) {
            return Deployment.KUSTOMIZE;
        }
        return Deployment.DIRECTORY;
    }

    private boolean hasKustomization(String dir) {
        String prefix = dir.isEmpty() ? "" : dir + "/";
        return workspace.exists(prefix + "kustomization.yaml") || workspace.exists(prefix + "kustomization.yml")
                || workspace.exists(prefix + "Kustomization");
    }

    /** {@code $ref/path} through the ref source (when it is this repository), else relative to the chart. */
    private Optional<String> resolve(String declared, String chartPath, Map<String, JsonNode> refs) {
        if (declared.startsWith("$")) {
            int slash = declared.indexOf('/');
            String ref = slash < 0 ? declared.substring(1) : declared.substring(1, slash);
            JsonNode refSource = refs.get(ref);
            if (refSource == null || slash < 0 || !repositories.isLocal(refSource.path("repoURL").asString(""))) {
                return Optional.empty();
            }
            return normalizePath(declared.substring(slash + 1));
        }
        if (declared.contains("://")) {
            return Optional.empty();
        }
        return normalizePath(chartPath.isEmpty() ? declared : chartPath + "/" + declared);
    }

    /** A repository-relative path, or empty when it leaves the repository. */
    private static Optional<String> normalizePath(String path) {
        Path normalized = Path.of(path.startsWith("/") ? path.substring(1) : path).normalize();
        String text = normalized.toString().replace('\\', '/');
        return text.startsWith("..") ? Optional.empty() : Optional.of(text.equals(".") ? "" : text);
    }

    private boolean isDirectory(String dir) {
        String prefix = dir.isEmpty() ? "" : dir + "/";
        return workspace.chart(dir).isPresent()
                || workspace.files().subMap(prefix, prefix + "\uffff").keySet().stream().findAny().isPresent();
    }

    /** {@code helm.valuesObject} wins over {@code helm.values}, as in Argo CD. */
    private Optional<ValuesLayer> inlineValues(JsonNode helm, String sourcePointer, ApplicationLocator locator) {
        JsonNode object = helm.path("valuesObject");
        String text = object.isObject() ? null : helm.path("values").asString("");
        if (object.isObject()) {
            Position at = locator.locate(sourcePointer + "/helm/valuesObject", null);
            return Optional.of(ValuesLayer.of(at.file(), "helm.valuesObject",
                    Optional.of(JacksonToYaml.map(object, at))));
        }
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Position at = locator.locate(sourcePointer + "/helm/values", null);
        YamlFile parsed = new YamlLoader(YamlLimits.defaults()).parse(at.file(), text);
        Optional<YamlMap> map = parsed.documents().stream().findFirst().flatMap(YamlDocument::rootMap)
                .map(m -> JacksonToYaml.shift(m, at));
        return Optional.of(ValuesLayer.of(at.file(), "helm.values", map));
    }

    private static SyncPolicy syncPolicy(JsonNode policy) {
        JsonNode automated = policy.path("automated");
        boolean on = automated.isObject() && automated.path("enabled").asBoolean(true);
        return new SyncPolicy(on, on && automated.path("prune").asBoolean(false),
                on && automated.path("selfHeal").asBoolean(false), on && automated.path("allowEmpty").asBoolean(false));
    }

    /**
     * The environment an app belongs to: the generator's {@code env}/{@code environment} parameter, an
     * environment label, the destination cluster's name, or {@code in-cluster}.
     */
    private static String environment(JsonNode application, Map<String, Object> params) {
        for (String key : List.of("env", "environment")) {
            Object value = params.get(key);
            if (value instanceof String s && !s.isEmpty()) {
                return s;
            }
        }
        JsonNode labels = application.path("metadata").path("labels");
        for (var label : labels.properties()) {
            if (label.getKey().equals("env") || label.getKey().equals("environment")
                    || label.getKey().endsWith("/environment") || label.getKey().endsWith("/env")) {
                return label.getValue().asString("");
            }
        }
        JsonNode destination = application.path("spec").path("destination");
        String cluster = destination.path("name").asString("");
        if (!cluster.isEmpty()) {
            return cluster;
        }
        String server = destination.path("server").asString("");
        return server.isEmpty() || server.equals("https://kubernetes.default.svc") ? "in-cluster"
                : server.replaceFirst("^https?://", "");
    }
}
