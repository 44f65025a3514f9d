package dev.gitopslint.core;

import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.apps.AppModel;
import dev.gitopslint.core.apps.ConfigLayering;
import dev.gitopslint.core.argocd.ArgoDiscovery;
import dev.gitopslint.core.config.ConfigException;
import dev.gitopslint.core.config.ConfigLoader;
import dev.gitopslint.core.config.LintConfig;
import dev.gitopslint.core.diagnostics.StageTimings;
import dev.gitopslint.core.engine.Analysis;
import dev.gitopslint.core.engine.LintRequest;
import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.engine.Linting;
import dev.gitopslint.core.manifest.Manifest;
import dev.gitopslint.core.git.GitFacts;
import dev.gitopslint.core.images.LoadedImageLock;
import dev.gitopslint.core.manifest.PlainManifests;
import dev.gitopslint.core.schema.GroupVersionKind;
import dev.gitopslint.core.schema.ManifestSchemas;
import dev.gitopslint.core.schema.SchemaRegistry;
import dev.gitopslint.core.yaml.YamlToJackson;
import java.util.ArrayList;
import dev.gitopslint.core.render.AppRenderer;
import dev.gitopslint.core.render.RenderedApp;
import dev.gitopslint.core.render.helm.HelmEngine;
import dev.gitopslint.core.rule.RuleRegistry;
import dev.gitopslint.core.workspace.RepositoryScanner;
import dev.gitopslint.core.workspace.Workspace;
import dev.gitopslint.core.yaml.YamlLimits;
import dev.gitopslint.core.yaml.YamlMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one entry point the CLI and the Maven plugin share: a request in, a {@link LintResult} out.
 * Stages run in the order of the design's data flow: workspace, apps, rendering, rules.
 */
public final class GitOpsLinter {

    private final RuleRegistry rules;

    public GitOpsLinter(RuleRegistry rules) {
        this.rules = rules;
    }

    public static GitOpsLinter withInstalledRules() {
        return new GitOpsLinter(RuleRegistry.load());
    }

    public RuleRegistry rules() {
        return rules;
    }

    public LintResult lint(LintRequest request) throws ConfigException, IOException {
        ExecutorService executor = Executors.newFixedThreadPool(request.threads(), daemonThreads());
        try {
            Analysis analysis = analyze(request, executor);
            return new Linting(rules, executor).lint(analysis);
        } finally {
            StageTimings.recordThreads();
            executor.shutdownNow();
        }
    }

    public Analysis analyze(LintRequest request) throws ConfigException, IOException {
        ExecutorService executor = Executors.newFixedThreadPool(request.threads(), daemonThreads());
        try {
            return analyze(request, executor);
        } finally {
            executor.shutdownNow();
        }
    }

    private Analysis analyze(LintRequest request, ExecutorService executor) throws ConfigException, IOException {
        Path repository = request.repository();
        if (!Files.isDirectory(repository)) {
            throw new ConfigException(List.of(repository + ": not a directory"));
        }
        LintConfig config = StageTimings.time("config", () -> ConfigLoader.load(repository, request.configFile()));
        YamlLimits limits = YamlLimits.defaults().withMaxFileBytes(config.maxFileBytes());
        Workspace workspace = StageTimings.time("scan",
                () -> new RepositoryScanner(limits, config.exclude(), executor).scan(repository));
        AppModel apps = StageTimings.time("discover",
                () -> filter(discoverApps(workspace, config, executor, request.threads()), request));
        List<RenderedApp> rendered = StageTimings.time("render",
                () -> new AppRenderer(workspace, config, executor, HelmEngine::shared).render(apps.apps()));
        List<Manifest> plain = StageTimings.time("plain manifests", () -> PlainManifests.of(workspace));
        String kubernetesVersion = request.kubernetesVersion().or(config::kubernetesVersion)
                .orElse(AppRenderer.DEFAULT_KUBERNETES_VERSION);
        checkBundled(kubernetesVersion);
        try {
            SchemaRegistry.checkSchemaLocations(schemaLocations(repository, config));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(List.of(config.file().orElse(ConfigLoader.FILE_NAME) + ": " + e.getMessage()));
        }
        ManifestSchemas schemas = new ManifestSchemas(() -> StageTimings.time("schema registry",
                () -> schemaRegistry(kubernetesVersion, schemaLocations(repository, config), plain, rendered)),
                config.strict());
        return new Analysis(workspace, config, apps, plain, rendered, schemas, LoadedImageLock.load(repository),
                GitFacts.gather(workspace.root(), request.online(), System.getenv()));
    }

    /** Relative schema locations are relative to the repository; URLs are refused (no network for schemas). */
    private static List<String> schemaLocations(Path repository, LintConfig config) {
        return config.schemaLocations().stream()
                .map(l -> l.contains("://") || Path.of(l).isAbsolute() ? l : repository.resolve(l).toString())
                .toList();
    }

    private static void checkBundled(String version) throws ConfigException {
        List<String> bundled = SchemaRegistry.bundledKubernetesVersions().stream().map(Object::toString).toList();
        String minor = version.replaceFirst("^v", "").replaceFirst("^(\\d+\\.\\d+).*", "$1");
        if (!bundled.contains(minor)) {
            throw new ConfigException(List.of("Kubernetes version " + version + " is not bundled; choose one of "
                    + String.join(", ", bundled)));
        }
    }

    /** Built-in kinds of the target version, plus every CRD the repository holds or renders. */
    private static SchemaRegistry schemaRegistry(String kubernetesVersion, List<String> schemaLocations,
            List<Manifest> plain, List<RenderedApp> rendered) {
        List<Manifest> all = new ArrayList<>(plain);
        rendered.forEach(app -> all.addAll(app.manifests()));
        Set<GroupVersionKind> kinds = new LinkedHashSet<>();
        for (Manifest manifest : all) {
            kinds.add(GroupVersionKind.of(manifest.apiVersion(), manifest.kind()));
            if (manifest.kind().equals("List")) {
                // Its items are validated one by one, each against its own kind.
                manifest.object().seq("items").ifPresent(items -> items.items().forEach(item -> {
                    if (item instanceof YamlMap object) {
                        kinds.add(GroupVersionKind.of(object.text("apiVersion").orElse(""),
                                object.text("kind").orElse("")));
                    }
                }));
            }
        }
        SchemaRegistry registry = SchemaRegistry.builder().kubernetesVersion(kubernetesVersion)
                .schemaLocations(schemaLocations).kinds(kinds).build();
        for (Manifest manifest : all) {
            if (manifest.kind().equals("CustomResourceDefinition")
                    && manifest.apiVersion().startsWith("apiextensions.k8s.io/")) {
                registry.addCustomResourceDefinition(YamlToJackson.convert(manifest.object()), manifest.origin());
            }
        }
        return registry;
    }

    /**
     * Layers written in the config are the user's explicit word; otherwise the apps are what Argo CD
     * would create from the repository's Applications and ApplicationSets.
     */
    private static AppModel discoverApps(Workspace workspace, LintConfig config, ExecutorService executor,
            int threads) throws ConfigException {
        if (!config.layers().isEmpty() || !ArgoDiscovery.hasApplications(workspace)) {
            return ConfigLayering.discover(workspace, config);
        }
        return ArgoDiscovery.discover(workspace, config.repoURLs(), config.clusters(), config.vendored(), executor,
                threads);
    }

    private static AppModel filter(AppModel model, LintRequest request) {
        if (request.apps().isEmpty() && request.environments().isEmpty()) {
            return model;
        }
        List<App> kept = model.apps().stream()
                .filter(a -> request.apps().isEmpty() || request.apps().contains(a.name()))
                .filter(a -> request.environments().isEmpty() || request.environments().contains(a.environment()))
                .toList();
        return new AppModel(kept, model.problems());
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(() -> StageTimings.runAsLinterThread(runnable), "gitops-lint-worker");
            thread.setDaemon(true);
            return thread;
        };
    }
}
