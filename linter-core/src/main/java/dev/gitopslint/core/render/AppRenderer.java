package dev.gitopslint.core.render;

import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.apps.AppSource;
import dev.gitopslint.core.apps.Deployment;
import dev.gitopslint.core.concurrent.InOrder;
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
import java.util.concurrent.ExecutorService;
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
        List<RenderedApp> rendered = new ArrayList<>();
        InOrder.map(executor, apps, this::render).forEach(app -> app.ifPresent(rendered::add));
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
            return Optional.of(readDirectory(app, source.get().localDir().get(), deployment.directory()));
        }
        if (deployment.kind().equals(Deployment.KUSTOMIZE) && source.flatMap(AppSource::localDir).isPresent()) {
            return Optional.of(kustomize(app, source.get()));
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
                    result.error(), HelmErrorLocation.of(result.error(), chart).orElse(app.definedAt()))));
        }
        return new RenderedApp(app, manifests(app, chart, result), Optional.empty(), result.manifest());
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
        deployment.fileParameters().forEach((name, path) -> {
            Path file = chartDir.resolve(path).normalize();
            if (file.startsWith(workspace.root())) {
                request.fileParameter(new dev.gitopslint.core.render.helm.HelmFileParameter(name, file));
            }
        });
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
        List<RenderedChunk> chunks = result.chunks();
        List<Manifest> parsed = new ArrayList<>();
        for (RenderedChunk chunk : chunks) {
            String template = chart.dir().isEmpty() ? chunk.chartRelativePath()
                    : chart.dir() + "/" + chunk.chartRelativePath();
            for (YamlDocument document : loader.parse(template, chunk.yamlText()).documents()) {
                PlainManifests.fromDocument(document, template).ifPresent(parsed::add);
            }
        }
        // Per template and kind: how many objects, and each one's place among them (see RenderedLocator).
        Map<String, Integer> sameKind = new java.util.HashMap<>();
        parsed.forEach(m -> sameKind.merge(m.origin() + "\u0000" + m.kind(), 1, Integer::sum));
        Map<String, Integer> seen = new java.util.HashMap<>();
        List<Manifest> manifests = new ArrayList<>();
        for (Manifest m : parsed) {
            String key = m.origin() + "\u0000" + m.kind();
            int ordinal = seen.merge(key, 1, Integer::sum) - 1;
            manifests.add(new Manifest(m.apiVersion(), m.kind(), m.name(), m.namespace().or(app::destinationNamespace),
                    m.document(), m.object(), m.origin(), Optional.of(app.target()), new RenderedLocator(m.document(),
                            m.origin(), workspace, leaves, m.kind(), ordinal, sameKind.get(key))));
        }
        return manifests;
    }

    /** Argo CD's directory source: top-level files unless {@code recurse}, filtered by include/exclude globs. */
    private RenderedApp readDirectory(App app, String dir, Deployment.DirectoryOptions options) {
        String prefix = dir.isEmpty() ? "" : dir + "/";
        java.util.function.Predicate<String> include = glob(options.include(), true);
        java.util.function.Predicate<String> exclude = glob(options.exclude(), false);
        List<Manifest> manifests = new ArrayList<>();
        for (YamlFile file : workspace.yamlFiles().values()) {
            String name = file.path();
            String inDir = name.startsWith(prefix) ? name.substring(prefix.length()) : null;
            if (inDir != null && (options.recurse() || inDir.indexOf('/') < 0)
                    && include.test(inDir) && !exclude.test(inDir)) {
                for (YamlDocument document : file.documents()) {
                    PlainManifests.fromDocument(document, name).ifPresent(m -> manifests.add(new Manifest(
                            m.apiVersion(), m.kind(), m.name(), m.namespace().or(app::destinationNamespace),
                            document, m.object(), name, Optional.of(app.target()), m.locator())));
                }
            }
        }
        return new RenderedApp(app, manifests, Optional.empty());
    }

    /** Argo CD's include/exclude: a glob, or several in {@code {a,b}} form, matched against the file's path. */
    private static java.util.function.Predicate<String> glob(String pattern, boolean whenEmpty) {
        if (pattern.isBlank()) {
            return path -> whenEmpty;
        }
        java.nio.file.PathMatcher matcher = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        return path -> matcher.matches(Path.of(path)) || matcher.matches(Path.of(path).getFileName());
    }

    /**
     * A kustomization built with the kustomize or kubectl binary on PATH; each object is located in the
     * repository file that writes an object of the same kind and name, else at the kustomization.
     */
    private RenderedApp kustomize(App app, AppSource source) {
        String dir = source.localDir().get();
        KustomizeBuild.Result result = KustomizeBuild.build(workspace.root().resolve(dir));
        Position kustomization = Position.ofFile(dir.isEmpty() ? "kustomization.yaml" : dir + "/kustomization.yaml");
        if (result.toolMissing()) {
            return new RenderedApp(app, List.of(), Optional.of(new RenderFailure(RenderFailure.Kind.TOOL_MISSING,
                    "kustomize source " + dir + " is not rendered: " + result.error() + ". Install kustomize or "
                            + "kubectl to check its objects", source.declaredAt())));
        }
        if (result.output() == null) {
            return new RenderedApp(app, List.of(), Optional.of(new RenderFailure(RenderFailure.Kind.HELM_ERROR,
                    "kustomize build " + dir + " failed: " + result.error(), kustomization)));
        }
        Map<String, Manifest> written = new java.util.HashMap<>();
        String prefix = dir.isEmpty() ? "" : dir + "/";
        for (Manifest plain : PlainManifests.of(workspace)) {
            if (plain.origin().startsWith(prefix)) {
                written.putIfAbsent(plain.kind() + "/" + plain.name(), plain);
            }
        }
        List<Manifest> manifests = new ArrayList<>();
        YamlFile parsed = new YamlLoader(YamlLimits.defaults()).parse(kustomization.file(), result.output());
        for (YamlDocument document : parsed.documents()) {
            PlainManifests.fromDocument(document, kustomization.file()).ifPresent(m -> {
                Manifest source0 = written.get(m.kind() + "/" + m.name());
                manifests.add(new Manifest(m.apiVersion(), m.kind(), m.name(), m.namespace().or(app::destinationNamespace),
                        document, m.object(), source0 == null ? kustomization.file() : source0.origin(),
                        Optional.of(app.target()), source0 == null ? pointer -> dev.gitopslint.core.manifest.Located.at(kustomization)
                                : source0.locator()));
            });
        }
        return new RenderedApp(app, manifests, Optional.empty(), result.output());
    }

    private String relative(Path file) {
        return workspace.root().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static Optional<RenderedApp> failed(App app, RenderFailure.Kind kind, String message, Position at) {
        return Optional.of(new RenderedApp(app, List.of(), Optional.of(new RenderFailure(kind, message, at))));
    }
}
