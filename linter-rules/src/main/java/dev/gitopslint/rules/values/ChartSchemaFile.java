package dev.gitopslint.rules.values;

import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.workspace.Chart;
import dev.gitopslint.core.workspace.Workspace;
import dev.gitopslint.core.yaml.YamlDocument;
import dev.gitopslint.core.yaml.YamlFile;
import dev.gitopslint.core.yaml.YamlLimits;
import dev.gitopslint.core.yaml.YamlLoader;
import dev.gitopslint.core.yaml.YamlNode;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart's {@code values.schema.json}: the JSON tree Helm validates with, and the same text as a
 * position-carrying tree so that findings can point into the schema file.
 */
record ChartSchemaFile(String path, JsonNode json, Optional<YamlDocument> positions) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What reading the schema gave: nothing (the chart has none), a schema, or why it is unusable. */
    sealed interface Read permits Absent, Loaded, Invalid {
    }

    record Absent() implements Read {
    }

    record Loaded(ChartSchemaFile schema) implements Read {
    }

    record Invalid(Position position, String problem) implements Read {
    }

    static String pathOf(Chart chart) {
        return chart.dir().isEmpty() ? "values.schema.json" : chart.dir() + "/values.schema.json";
    }

    static Read read(Workspace workspace, Chart chart) {
        String path = pathOf(chart);
        Optional<String> text = workspace.text(path);
        if (text.isEmpty() || text.get().isBlank()) {
            // Helm validates only against a schema file with content.
            return new Absent();
        }
        JsonNode json;
        try {
            json = JSON.readTree(text.get());
        } catch (JacksonException e) {
            Position at = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? Position.ofFile(path)
                    : new Position(path, e.getLocation().getLineNr(), Math.max(1, e.getLocation().getColumnNr()));
            return new Invalid(at, e.getOriginalMessage());
        }
        if (!json.isObject() && !json.isBoolean()) {
            return new Invalid(Position.ofFile(path), "a schema must be a JSON object");
        }
        YamlFile tree = new YamlLoader(YamlLimits.defaults()).parse(path, text.get());
        Optional<YamlDocument> positions = tree.documents().stream().findFirst();
        return new Loaded(new ChartSchemaFile(path, json, positions));
    }

    /** The schema as a position-carrying tree, when the JSON also loaded as YAML (it nearly always does). */
    Optional<YamlNode> tree() {
        return positions.flatMap(YamlDocument::root);
    }

    /** Where the schema node at {@code pointer} is written, or the file when unknown. */
    Position positionOf(String pointer) {
        return positions.map(d -> d.positionOf(pointer)).orElse(Position.ofFile(path));
    }
}
