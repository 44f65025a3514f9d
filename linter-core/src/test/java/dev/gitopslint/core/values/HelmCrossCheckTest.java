package dev.gitopslint.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.render.helm.HelmValuesDump;
import dev.gitopslint.core.yaml.YamlLimits;
import dev.gitopslint.core.yaml.YamlLoader;
import dev.gitopslint.core.yaml.YamlMap;
import dev.gitopslint.core.yaml.YamlToJava;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's own merge against Helm's: a chart whose templates print {@code toYaml .Values} (for
 * itself and its subchart) is rendered by the embedded Helm engine with three layers that exercise the
 * tricky cases — null over user values and over defaults, list replacement, {@code {}} over a map,
 * subchart values and {@code global} — and the values each computes must be equal.
 */
class HelmCrossCheckTest {

    @TempDir
    Path dir;

    @Test
    void mergedValuesEqualHelms() throws Exception {
        Path chart = HelmValuesDump.writeChart(dir.resolve("chart"));
        List<Path> layerFiles = HelmValuesDump.writeLayers(dir.resolve("layers"));
        HelmValuesDump.Values helm = HelmValuesDump.render(chart, layerFiles);

        List<ValuesLayer> layers = new ArrayList<>();
        for (Path file : layerFiles) {
            layers.add(ValuesLayer.of(file.getFileName().toString(), "layer", Optional.of(load(file))));
        }
        ValuesLayer parentDefaults = ValuesLayer.chartDefaults("chart/values.yaml",
                Optional.of(load(chart.resolve("values.yaml"))));
        ValuesLayer childDefaults = ValuesLayer.chartDefaults("chart/charts/child/values.yaml",
                Optional.of(load(chart.resolve("charts/child/values.yaml"))));
        MergedValues ours = HelmValuesMerge.merge(layers, Optional.of(parentDefaults),
                List.of(new SubchartDefaults("child", childDefaults)));

        Map<String, Object> parent = YamlToJava.map(ours.root());
        assertThat(normalized(parent)).as("the parent chart's .Values").isEqualTo(normalized(helm.chart()));
        assertThat(normalized(parent.get("child"))).as("the subchart's .Values").isEqualTo(normalized(helm.child()));
    }

    /** Integers compare by value whatever their Java type (Helm's come from JSON decoding). */
    private static Object normalized(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new java.util.TreeMap<>();
            map.forEach((k, v) -> out.put(k, normalized(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(HelmCrossCheckTest::normalized).toList();
        }
        if (value instanceof Number number && !(value instanceof Double) && !(value instanceof Float)) {
            return number.longValue();
        }
        return value;
    }

    private static YamlMap load(Path file) throws Exception {
        return new YamlLoader(YamlLimits.defaults()).load(file.toString(), Files.readAllBytes(file))
                .documents().get(0).rootMap().orElseThrow();
    }
}
