package dev.gitopslint.core.argocd;

import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.apps.AppModel;
import dev.gitopslint.core.config.VendoredChart;
import dev.gitopslint.core.render.helm.GoTemplates;
import dev.gitopslint.core.render.helm.HelmEngine;
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
     * {@code vendored}: the configured copies of charts that apps take from elsewhere.
     */
    public static AppModel discover(Workspace workspace, Collection<String> configuredRepoUrls,
            List<Map<String, Object>> clusters, List<VendoredChart> vendored) {
        return discover(workspace, configuredRepoUrls, clusters, vendored, () -> new GoTemplates(HelmEngine.shared()));
    }

    static AppModel discover(Workspace workspace, Collection<String> configuredRepoUrls,
            List<Map<String, Object>> clusters, List<VendoredChart> vendored, Supplier<GoTemplates> goTemplates) {
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
                    for (GeneratedApplication generated : expander.expand(document, problems)) {
                        apps.add(reader.read(generated.application(), generated.locator(),
                                generated.params().params(), document.positionOf("/metadata/name")));
                    }
                }
            }
        }
        return new AppModel(apps, problems);
    }
}
