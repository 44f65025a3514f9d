package dev.gitopslint.core.render.helm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The parts of Chart.yaml this package needs: name, version and declared dependencies with their
 * lines. Like Helm's loader, a {@code requirements.yaml} with a {@code dependencies} list (Helm 2
 * style) replaces the dependencies of Chart.yaml.
 *
 * @param dependencyFile the file the dependencies were read from ({@code Chart.yaml} or
 *                       {@code requirements.yaml}), relative to the chart directory
 */
record ChartMetadata(String apiVersion, String name, String version, List<Dependency> dependencies,
                     String dependencyFile) {

    /** One declared dependency; {@code line} is 1-based, 0 when unknown. */
    record Dependency(String name, String version, String repository, String alias, String condition, int line) {

        boolean isLocalPath() {
            return repository != null && repository.startsWith("file://");
        }

        String localPath() {
            return repository.substring("file://".length());
        }

        /** The name the dependency goes by in values and {@code # Source:} paths. */
        String effectiveName() {
            return alias != null && !alias.isEmpty() ? alias : name;
        }
    }

    static final String CHART_FILE = "Chart.yaml";
    static final String REQUIREMENTS_FILE = "requirements.yaml";

    /** Parses Chart.yaml (and requirements.yaml when given); empty when Chart.yaml is not a YAML map. */
    static Optional<ChartMetadata> parse(byte[] chartYaml, byte[] requirementsYaml) {
        Optional<MappingNode> chart = mapping(chartYaml);
        if (chart.isEmpty()) {
            return Optional.empty();
        }
        MappingNode root = chart.get();
        List<Dependency> dependencies = dependencies(root);
        String dependencyFile = CHART_FILE;
        Optional<MappingNode> requirements = mapping(requirementsYaml);
        if (requirements.isPresent() && value(requirements.get(), "dependencies").isPresent()) {
            dependencies = dependencies(requirements.get());
            dependencyFile = REQUIREMENTS_FILE;
        }
        return Optional.of(new ChartMetadata(scalar(root, "apiVersion"), scalar(root, "name"),
                scalar(root, "version"), dependencies, dependencyFile));
    }

    private static List<Dependency> dependencies(MappingNode root) {
        List<Dependency> result = new ArrayList<>();
        Optional<Node> list = value(root, "dependencies");
        if (list.isEmpty() || !(list.get() instanceof SequenceNode sequence)) {
            return result;
        }
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode entry) {
                int line = item.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
                result.add(new Dependency(scalar(entry, "name"), scalar(entry, "version"),
                        scalar(entry, "repository"), scalar(entry, "alias"), scalar(entry, "condition"), line));
            }
        }
        return result;
    }

    private static Optional<MappingNode> mapping(byte[] yaml) {
        if (yaml == null) {
            return Optional.empty();
        }
        try {
            Optional<Node> node = new Compose(LoadSettings.builder().build())
                    .composeString(new String(yaml, StandardCharsets.UTF_8));
            return node.filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
        } catch (YamlEngineException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<Node> value(MappingNode map, String key) {
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalarKey && key.equals(scalarKey.getValue())) {
                return Optional.of(tuple.getValueNode());
            }
        }
        return Optional.empty();
    }

    private static String scalar(MappingNode map, String key) {
        return value(map, key)
                .filter(ScalarNode.class::isInstance)
                .map(node -> ((ScalarNode) node).getValue())
                .orElse(null);
    }
}
