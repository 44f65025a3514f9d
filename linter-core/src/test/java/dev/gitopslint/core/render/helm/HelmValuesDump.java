package dev.gitopslint.core.render.helm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The values Helm itself computes, for cross-checking a values merger. The {@code values-dump} chart
 * (test resources, also in the test jar) prints {@code toYaml .Values} from its own templates and from
 * its subchart {@code child}; {@link #LAYERS} are value files that exercise the tricky cases: null over
 * a user value and over a chart default, list replacement, {@code {}} over a map, subchart values and
 * {@code global}.
 */
public final class HelmValuesDump {

    /** The value files, lowest precedence first. */
    public static final List<String> LAYERS = List.of("1-globals.yaml", "2-shared.yaml", "3-environment.yaml");

    private static final String BASE = "helm/values-dump/";
    private static final List<String> CHART_FILES = List.of(
            "Chart.yaml", "values.yaml", "templates/dump.yaml",
            "charts/child/Chart.yaml", "charts/child/values.yaml", "charts/child/templates/dump.yaml");

    /** What the chart's templates and the subchart's templates see as {@code .Values}. */
    public record Values(Map<String, Object> chart, Map<String, Object> child) {
    }

    private HelmValuesDump() {
    }

    /** Writes the chart to {@code directory}/values-dump and returns that chart directory. */
    public static Path writeChart(Path directory) throws IOException {
        Path chart = directory.resolve("values-dump");
        for (String file : CHART_FILES) {
            copy(BASE + "chart/" + file, chart.resolve(file));
        }
        return chart;
    }

    /** Writes {@link #LAYERS} to {@code directory} and returns their paths in order. */
    public static List<Path> writeLayers(Path directory) throws IOException {
        List<Path> layers = new ArrayList<>();
        for (String layer : LAYERS) {
            layers.add(copy(BASE + "layers/" + layer, directory.resolve(layer)));
        }
        return layers;
    }

    /** Renders {@code chart} (written by {@link #writeChart}) with {@code valueFiles} and reads the dumps. */
    public static Values render(Path chart, List<Path> valueFiles) {
        RenderResult result = HelmEngine.shared().render(
                RenderRequest.builder(chart, "values-dump").valueFiles(valueFiles).build());
        if (!result.succeeded()) {
            throw new IllegalStateException("values-dump did not render: " + result.error());
        }
        Map<String, Object> chartValues = null;
        Map<String, Object> childValues = null;
        for (RenderedChunk chunk : result.chunks()) {
            if (chunk.sourceTemplate().equals("values-dump/templates/dump.yaml")) {
                chartValues = dumped(chunk);
            } else if (chunk.sourceTemplate().equals("values-dump/charts/child/templates/dump.yaml")) {
                childValues = dumped(chunk);
            }
        }
        return new Values(chartValues, childValues);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> dumped(RenderedChunk chunk) {
        Load load = new Load(LoadSettings.builder().build());
        Map<String, Object> configMap = (Map<String, Object>) load.loadFromString(chunk.yamlText());
        Map<String, Object> data = (Map<String, Object>) configMap.get("data");
        Object values = load.loadFromString((String) data.get("values.yaml"));
        return values == null ? Map.of() : (Map<String, Object>) values;
    }

    private static Path copy(String resource, Path target) throws IOException {
        try (InputStream in = HelmValuesDump.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing test resource " + resource));
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
        }
        return target;
    }
}
