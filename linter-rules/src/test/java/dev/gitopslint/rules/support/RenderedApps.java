package dev.gitopslint.rules.support;

import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.apps.AppModel;
import dev.gitopslint.core.apps.AppSource;
import dev.gitopslint.core.apps.Deployment;
import dev.gitopslint.core.apps.SyncPolicy;
import dev.gitopslint.core.engine.Analysis;
import dev.gitopslint.core.manifest.Manifest;
import dev.gitopslint.core.manifest.PlainManifests;
import dev.gitopslint.core.render.RenderFailure;
import dev.gitopslint.core.render.RenderedApp;
import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.values.LayerStack;
import dev.gitopslint.core.values.ValuesLayer;
import dev.gitopslint.core.yaml.YamlDocument;
import dev.gitopslint.core.yaml.YamlFile;
import dev.gitopslint.core.yaml.YamlLimits;
import dev.gitopslint.core.yaml.YamlLoader;
import dev.gitopslint.core.yaml.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds apps and their rendered objects from YAML text, with the real loader: what discovery and
 * rendering hand to the app rules.
 */
public final class RenderedApps {

    public static final String ARGO_FILE = "argocd/applications.yaml";

    private RenderedApps() {
    }

    /** The objects of a multi-document YAML text, located in {@code file} (a rendered template, say). */
    public static List<Manifest> manifests(String file, String yaml) {
        YamlFile loaded = new YamlLoader(YamlLimits.defaults()).parse(file, yaml);
        if (!loaded.problems().isEmpty()) {
            throw new IllegalArgumentException("test YAML does not load: " + loaded.problems());
        }
        List<Manifest> manifests = new ArrayList<>();
        for (YamlDocument document : loaded.documents()) {
            PlainManifests.fromDocument(document, file).ifPresent(manifests::add);
        }
        return manifests;
    }

    /** A values layer from YAML text. */
    public static ValuesLayer layer(String file, String yaml) {
        YamlFile loaded = new YamlLoader(YamlLimits.defaults()).parse(file, yaml);
        Optional<YamlMap> map = loaded.documents().stream().findFirst().flatMap(YamlDocument::rootMap);
        return ValuesLayer.of(file, file, map);
    }

    public static Builder app(String name, String environment) {
        return new Builder(name, environment);
    }

    public static RenderedApp rendered(App app, List<Manifest> manifests) {
        return new RenderedApp(app, manifests, Optional.empty());
    }

    public static RenderedApp failed(App app, RenderFailure failure) {
        return new RenderedApp(app, List.of(), Optional.of(failure));
    }

    /** An analysis of {@code repo} (its workspace and config) with these apps rendered. */
    public static Analysis analysis(TestRepo repo, List<RenderedApp> rendered) {
        Analysis base = repo.analyze();
        return new Analysis(base.workspace(), base.config(),
                new AppModel(rendered.stream().map(RenderedApp::app).toList()), List.of(), rendered, base.schemas(),
                base.imageLock(), base.git());
    }

    /** An app as Argo CD discovery would build it. */
    public static final class Builder {
        private final String name;
        private final String environment;
        private SyncPolicy syncPolicy = SyncPolicy.MANUAL;
        private Position definedAt = new Position(ARGO_FILE, 1, 1);
        private Optional<AppSource> source = Optional.empty();
        private final List<ValuesLayer> layers = new ArrayList<>();

        private Builder(String name, String environment) {
            this.name = name;
            this.environment = environment;
        }

        public Builder syncPolicy(SyncPolicy policy) {
            this.syncPolicy = policy;
            return this;
        }

        public Builder definedAt(Position position) {
            this.definedAt = position;
            return this;
        }

        public Builder source(AppSource appSource) {
            this.source = Optional.of(appSource);
            return this;
        }

        public Builder layer(ValuesLayer layer) {
            layers.add(layer);
            return this;
        }

        public App build() {
            Deployment deployment = new Deployment(name, source, List.of(), Map.of(), false, Optional.empty(),
                    Deployment.HELM);
            String chartId = source.map(s -> "source:" + s.describe()).orElse("chart:charts/" + name);
            return new App(name, environment, chartId, Optional.empty(), new LayerStack(layers, Optional.empty()),
                    Optional.of(environment), syncPolicy, definedAt, deployment);
        }
    }
}
