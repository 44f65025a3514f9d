package dev.gitopslint.core.render;

import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.apps.AppSource;
import dev.gitopslint.core.apps.Deployment;
import dev.gitopslint.core.config.LintConfig;
import dev.gitopslint.core.manifest.Manifest;
import dev.gitopslint.core.manifest.PlainManifests;
import dev.gitopslint.core.render.helm.ChartDependencies;
import dev.gitopslint.core.render.helm.HelmEngine;
import dev.gitopslint.core.render.helm.HelmParameter;
import dev.gitopslint.core.render.helm.MissingDependency;
import dev.gitopslint.core.render.helm.RenderRequest;
import dev.gitopslint.core.render.helm.RenderResult;
import dev.gitopslint.core.render.helm.RenderedChunk;
import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.values.ValuesLayer;
import dev.gitopslint.core.workspace.Chart;
import dev.gitopslint.core.workspace.Workspace;
import dev.gitopslint.core.yaml.YamlDocument;
import dev.gitopslint.core.yaml.YamlFile;
import dev.gitopslint.core.yaml.YamlLimits;
import dev.gitopslint.core.yaml.YamlLoader;
import dev.gitopslint.core.yaml.YamlToJava;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Renders every app offline, in parallel: Helm charts in this repository with the embedded Helm engine
 * (Argo CD's value files, inline values and parameters, release name, namespace, kube version,
 * skipCrds), directory sources as the plain manifests they hold. Apps that cannot be rendered get a
 * {@link RenderFailure} instead; nothing stops the run.
 */
public final class AppRenderer {

    /** The newest Kubernetes minor whose schemas are bundled: Helm's default (1.20) fails modern charts. */
    public static final String DEFAULT_KUBERNETES_VERSION = "1.35";

    private final Workspace workspace;
    private final LintConfig config;
    private final ExecutorService executor;
    private final Supplier<HelmEngine> engine;
    private final Map<Path, DependencyCheck> dependencyChecks = new ConcurrentHashMap<>();

    public AppRenderer(Workspace workspace, LintConfig config, ExecutorService executor, Supplier<HelmEngine> engine) {
        this.workspace = workspace;
        this.config = config;
        this.executor = executor;
        this.engine = engine;
    }

    public List<RenderedApp> render(List<App> apps) {
        List<Future<Optional<RenderedApp>>> futures = new ArrayList<>();
        for (App app : apps) {
            futures.add(executor.submit(() -> render(app)));
        }
        List<RenderedApp> rendered = new ArrayList<>();
        for (Future<Optional<RenderedApp>> future : futures) {
            try {
                future.get().ifPresent(rendered::add);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while rendering", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("rendering failed unexpectedly", e.getCause());
            }
        }
        return rendered;
    }

    Optional<RenderedApp> render(App app) {
        Deployment deployment = app.deployment();
        Optional<AppSource> source = deployment.source();
        if (source.isPresent() && !source.get().isLocal()) {
            return failed(app, RenderFailure.Kind.NOT_LOCAL, "the source " + source.get().describe()
                    + " is not in this repository, so it cannot be rendered offline", source.get().declaredAt());
        }
        if (app.chart().isPresent()) {
            return Optional.of(renderChart(app, app.chart().get()));
        }
        if (deployment.kind().equals(Deployment.DIRECTORY) && source.flatMap(AppSource::localDir).isPresent()) {
            return Optional.of(readDirectory(app, source.get().localDir().get()));
        }
        if (deployment.kind().equals(Deployment.KUSTOMIZE)) {
            return failed(app, RenderFailure.Kind.TOOL_MISSING, "kustomize sources are not rendered: their "
                    + "objects are not checked", source.map(AppSource::declaredAt).orElse(app.definedAt()));
        }
        if (deployment.kind().equals(Deployment.HELM)) {
            return failed(app, RenderFailure.Kind.HELM_ERROR, "no Chart.yaml at "
                    + source.flatMap(AppSource::localDir).orElse("?") + ": Argo CD cannot render this Helm source",
                    source.map(AppSource::declaredAt).orElse(app.definedAt()));
        }
        return Optional.empty();
    }

    private RenderedApp renderChart(App app, Chart chart) {
        Path chartDir = workspace.root().resolve(chart.dir());
        DependencyCheck check = dependencyChecks.computeIfAbsent(chartDir, DependencyCheck::of);
        if (check.error() != null) {
            return new RenderedApp(app, List.of(), Optional.of(new RenderFailure(RenderFailure.Kind.HELM_ERROR,
                    "cannot read chart " + chart.dir() + ": " + check.error().getMessage(),
                    Position.ofFile(chart.dir()))));
        }
        if (!check.missing().isEmpty()) {
            MissingDependency first = check.missing().get(0);
            return new RenderedApp(app, List.of(), Optional.of(new RenderFailure(
                    RenderFailure.Kind.DEPENDENCY_MISSING, "chart " + chart.name() + ": " + first.message(),
                    new Position(relative(first.file()), first.line(), 1))));
        }
        RenderResult result = engine.get().render(request(app, chartDir));
        if (!result.succeeded()) {
            return new RenderedApp(app, List.of(), Optional.of(new RenderFailure(RenderFailure.Kind.HELM_ERROR,
                    result.error(), app.definedAt())));
        }
        return new RenderedApp(app, manifests(app, chart, result), Optional.empty());
    }

    /**
     * A chart's dependency check, done once per chart and run: many apps share a chart, and the check
     * reads the whole chart tree.
     */
    private record DependencyCheck(List<MissingDependency> missing, IOException error) {
        static DependencyCheck of(Path chartDir) {
            try {
                return new DependencyCheck(ChartDependencies.missing(chartDir), null);
            } catch (IOException e) {
                return new DependencyCheck(List.of(), e);
            }
        }
    }

    private RenderRequest request(App app, Path chartDir) {
        Deployment deployment = app.deployment();
        RenderRequest.Builder request = RenderRequest.builder(chartDir, deployment.releaseName())
                .namespace(app.destinationNamespace().orElse(""))
                .kubeVersion(kubeVersion(deployment))
                .skipCrds(deployment.skipCrds());
        for (ValuesLayer layer : app.values().layers()) {
            if (isInline(layer)) {
                if (!layer.label().equals("helm.parameters")) {
                    layer.content().ifPresent(c -> request.inlineValuesObject(YamlToJava.map(c)));
                }
            } else if (layer.present() && workspace.exists(layer.file())) {
                request.valueFile(workspace.root().resolve(layer.file()));
            }
        }
        deployment.parameters().forEach((name, value) -> request.parameter(HelmParameter.set(name, value)));
        return request.build();
    }

    private static boolean isInline(ValuesLayer layer) {
        return layer.label().startsWith("helm.");
    }

    private String kubeVersion(Deployment deployment) {
        String version = deployment.kubeVersion()
                .orElse(config.kubernetesVersion().orElse(DEFAULT_KUBERNETES_VERSION));
        return version.replaceFirst("^v", "").chars().filter(c -> c == '.').count() == 1 ? version + ".0" : version;
    }

    private List<Manifest> manifests(App app, Chart chart, RenderResult result) {
        Map<String, List<RenderedLocator.Leaf>> leaves = RenderedLocator.leavesByValue(app.values().merged());
        YamlLoader loader = new YamlLoader(YamlLimits.defaults());
        List<Manifest> manifests = new ArrayList<>();
        for (RenderedChunk chunk : result.chunks()) {
            String template = chart.dir().isEmpty() ? chunk.chartRelativePath()
                    : chart.dir() + "/" + chunk.chartRelativePath();
            YamlFile parsed = loader.parse(template, chunk.yamlText());
            for (YamlDocument document : parsed.documents()) {
                PlainManifests.fromDocument(document, template).ifPresent(m -> manifests.add(new Manifest(
                        m.apiVersion(), m.kind(), m.name(), m.namespace().or(app::destinationNamespace), document,
                        m.object(), template, Optional.of(app.target()),
                        new RenderedLocator(document, template, workspace, leaves))));
            }
        }
        return manifests;
    }

    private RenderedApp readDirectory(App app, String dir) {
        String prefix = dir.isEmpty() ? "" : dir + "/";
        List<Manifest> manifests = new ArrayList<>();
        for (YamlFile file : workspace.yamlFiles().values()) {
            String name = file.path();
            if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                for (YamlDocument document : file.documents()) {
                    PlainManifests.fromDocument(document, name).ifPresent(m -> manifests.add(new Manifest(
                            m.apiVersion(), m.kind(), m.name(), m.namespace().or(app::destinationNamespace),
                            document, m.object(), name, Optional.of(app.target()), m.locator())));
                }
            }
        }
        return new RenderedApp(app, manifests, Optional.empty());
    }

    private String relative(Path file) {
        return workspace.root().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static Optional<RenderedApp> failed(App app, RenderFailure.Kind kind, String message, Position at) {
        return Optional.of(new RenderedApp(app, List.of(), Optional.of(new RenderFailure(kind, message, at))));
    }
}
