package dev.gitopslint.rules.values;

import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.workspace.Chart;
import dev.gitopslint.core.workspace.Workspace;
import dev.gitopslint.core.yaml.YamlDocument;
import dev.gitopslint.core.yaml.YamlLimits;
import dev.gitopslint.core.yaml.YamlLoader;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart's {@code values.schema.json}: the JSON tree Helm validates with, and where a schema node is
 * written. Positions need a second, position-keeping parse; it is done only when a finding needs one.
 * One instance serves one rule call.
 */
final class ChartSchemaFile {

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

    private final String path;
    private final String text;
    private final JsonNode json;
    private Optional<YamlDocument> positions;

    private ChartSchemaFile(String path, String text, JsonNode json) {
        this.path = path;
        this.text = text;
        this.json = json;
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
        return new Loaded(new ChartSchemaFile(path, text.get(), json));
    }

    String path() {
        return path;
    }

    JsonNode json() {
        return json;
    }

    /** Where the schema node at {@code pointer} is written, or the file when unknown. */
    Position positionOf(String pointer) {
        if (positions == null) {
            positions = new YamlLoader(YamlLimits.defaults()).parse(path, text).documents().stream().findFirst();
        }
        return positions.map(d -> d.positionOf(pointer)).orElse(Position.ofFile(path));
    }
}
