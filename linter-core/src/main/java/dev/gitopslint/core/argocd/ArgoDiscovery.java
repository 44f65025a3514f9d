package dev.gitopslint.core.argocd;

import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.apps.AppModel;
import dev.gitopslint.core.concurrent.InOrder;
import dev.gitopslint.core.config.VendoredChart;
import dev.gitopslint.core.render.helm.GoTemplates;
import dev.gitopslint.core.render.helm.HelmEngine;
import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.workspace.FileKind;
import dev.gitopslint.core.workspace.Workspace;
import dev.gitopslint.core.yaml.YamlDocument;
import dev.gitopslint.core.yaml.YamlFile;
import dev.gitopslint.core.yaml.YamlMap;
import dev.gitopslint.core.yaml.YamlToJackson;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Every Application Argo CD would create from the repository: the Applications written in it and those
 * its ApplicationSets generate, each read into an {@link App} with its values layers.
 */
public final class ArgoDiscovery {

    private ArgoDiscovery() {
    }

    public static boolean hasApplications(Workspace workspace) {
        return !workspace.yamlFiles(FileKind.ARGOCD).isEmpty();
    }

    /**
     * {@code clusters}: the clusters the config declares for clusters generators (empty: in-cluster only);
     * {@code vendored}: the configured copies of charts that apps take from elsewhere. The work is shared
     * with {@code executor}'s {@code threads} threads; the caller must not be one of them.
     */
    public static AppModel discover(Workspace workspace, Collection<String> configuredRepoUrls,
            List<Map<String, Object>> clusters, List<VendoredChart> vendored, ExecutorService executor, int threads) {
        if (!workspace.charts().isEmpty()) {
            // Apps will be rendered with Helm: its library loads meanwhile, ready for the first Go template.
            executor.submit(HelmEngine.shared()::preload);
        }
        Supplier<GoTemplates> goTemplates = () -> new GoTemplates(HelmEngine.shared(), executor, threads);
        LocalRepositories repositories = LocalRepositories.detect(workspace, configuredRepoUrls);
        ApplicationReader reader = new ApplicationReader(workspace, repositories, new VendoredCopies(vendored));
        ApplicationSetExpander expander = new ApplicationSetExpander(workspace, repositories, clusters, goTemplates);
        List<App> apps = new ArrayList<>();
        List<AppModel.Problem> problems = new ArrayList<>();
        for (YamlFile file : workspace.yamlFiles(FileKind.ARGOCD)) {
            for (YamlDocument document : file.documents()) {
                Optional<YamlMap> root = document.rootMap();
                String kind = root.flatMap(r -> r.text("kind")).orElse("");
                if (kind.equals("Application")) {
                    apps.add(reader.read(YamlToJackson.convert(root.get()),
                            (pointer, value) -> document.positionOf(pointer), Map.of(),
                            document.positionOf("/metadata/name")));
                } else if (kind.equals("ApplicationSet")) {
                    Position definedAt = document.positionOf("/metadata/name");
                    apps.addAll(InOrder.map(executor, expander.expand(document, problems), generated -> reader.read(
                            generated.application(), generated.locator(), generated.params().params(), definedAt)));
                }
            }
        }
        return new AppModel(apps, problems);
    }
}
