package dev.gitopslint.core.apps;

import dev.gitopslint.core.config.ConfigException;
import dev.gitopslint.core.config.LintConfig;
import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.values.LayerStack;
import dev.gitopslint.core.values.ValuesLayer;
import dev.gitopslint.core.workspace.Chart;
import dev.gitopslint.core.workspace.Workspace;
import dev.gitopslint.core.yaml.YamlDocument;
import dev.gitopslint.core.yaml.YamlFile;
import dev.gitopslint.core.yaml.YamlMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Apps from the config's {@code layers:} templates, for repositories without Argo CD objects:
 * components are the matches of the {@code components:} patterns, environments are declared or found
 * from the {@code {env}} folders the layer templates match.
 */
public final class ConfigLayering {

    private ConfigLayering() {
    }

    public static AppModel discover(Workspace workspace, LintConfig config) throws ConfigException {
        if (config.layers().isEmpty()) {
            return AppModel.empty();
        }
        List<PathTemplate> layers = config.layers().stream().map(PathTemplate::new).toList();
        List<String> environments = environments(workspace, config, layers);
        Set<Map<String, String>> components = components(workspace, config);
        checkPlaceholders(config, layers, environments, components);
        String origin = config.file().orElse(".gitops-lint.yaml");

        List<App> apps = new ArrayList<>();
        for (String env : environments) {
            for (Map<String, String> component : components) {
                Map<String, String> vars = new LinkedHashMap<>(config.environment(env).vars());
                vars.putAll(component);
                vars.put("env", env);
                Optional<Chart> chart = config.charts()
                        .flatMap(t -> new PathTemplate(t).expand(vars))
                        .flatMap(workspace::chart);
                List<ValuesLayer> stack = new ArrayList<>();
                for (int i = 0; i < layers.size(); i++) {
                    String file = layers.get(i).expand(vars).orElseThrow();
                    stack.add(ValuesLayer.of(file, "layer " + (i + 1), valuesOf(workspace, file)));
                }
                String name = component.isEmpty() ? env
                        : env + "-" + component.getOrDefault("name", String.join("-", component.values()));
                String chartId = chart.map(c -> "chart:" + c.dir())
                        .orElse("component:" + String.join("/", component.values()));
                apps.add(new App(name, env, chartId, chart, ChartDefaults.stack(workspace, stack, chart), Optional.empty(),
                        SyncPolicy.MANUAL, Position.ofFile(origin), Deployment.none(name)));
            }
        }
        return new AppModel(apps);
    }

    private static List<String> environments(Workspace workspace, LintConfig config, List<PathTemplate> layers) {
        if (!config.environments().isEmpty()) {
            return List.copyOf(config.environments().keySet());
        }
        Set<String> found = new TreeSet<>();
        for (PathTemplate layer : layers) {
            if (!layer.placeholders().contains("env")) {
                continue;
            }
            for (String path : workspace.files().keySet()) {
                layer.match(path).map(v -> v.get("env")).ifPresent(found::add);
            }
        }
        return List.copyOf(found);
    }

    private static Set<Map<String, String>> components(Workspace workspace, LintConfig config) {
        Set<Map<String, String>> found = new LinkedHashSet<>();
        for (String pattern : config.components()) {
            PathTemplate template = new PathTemplate(pattern);
            for (String path : workspace.files().keySet()) {
                template.match(path).ifPresent(found::add);
            }
        }
        if (found.isEmpty()) {
            found.add(Map.of());
        }
        return found;
    }

    private static void checkPlaceholders(LintConfig config, List<PathTemplate> layers, List<String> environments,
            Set<Map<String, String>> components) throws ConfigException {
        Set<String> problems = new TreeSet<>();
        for (String env : environments) {
            for (Map<String, String> component : components) {
                Map<String, String> vars = new LinkedHashMap<>(config.environment(env).vars());
                vars.putAll(component);
                vars.put("env", env);
                for (PathTemplate layer : layers) {
                    for (String missing : layer.missing(vars)) {
                        problems.add(config.file().orElse(".gitops-lint.yaml") + ": layer '" + layer
                                + "' uses {" + missing + "}, which environment '" + env
                                + "' does not define (add it under environments." + env + ".vars)");
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(List.copyOf(problems));
        }
    }

    static Optional<YamlMap> valuesOf(Workspace workspace, String file) {
        return workspace.yaml(file).flatMap(ChartDefaults::firstMap);
    }
}
