package dev.gitopslint.core.apps;

import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.values.LayerStack;
import dev.gitopslint.core.values.SubchartDefaults;
import dev.gitopslint.core.values.ValuesLayer;
import dev.gitopslint.core.workspace.Chart;
import dev.gitopslint.core.workspace.Workspace;
import dev.gitopslint.core.yaml.YamlFile;
import dev.gitopslint.core.yaml.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A chart's own values.yaml and those of its vendored subcharts: what Helm coalesces under the layers. */
public final class ChartDefaults {

    private ChartDefaults() {
    }

    public static LayerStack stack(Workspace workspace, List<ValuesLayer> layers, Optional<Chart> chart) {
        if (chart.isEmpty()) {
            return new LayerStack(layers, Optional.empty());
        }
        List<SubchartDefaults> subcharts = new ArrayList<>();
        for (String dir : chart.get().subcharts()) {
            workspace.chart(dir).ifPresent(sub -> subcharts.add(new SubchartDefaults(sub.name(), defaults(workspace, sub))));
        }
        return new LayerStack(layers, Optional.of(defaults(workspace, chart.get())), subcharts);
    }

    private static ValuesLayer defaults(Workspace workspace, Chart chart) {
        return ValuesLayer.chartDefaults(chart.valuesPath(), workspace.yaml(chart.valuesPath()).flatMap(ChartDefaults::firstMap));
    }

    /** A values file is one mapping; an empty file is an empty layer; a broken one has no content. */
    public static Optional<YamlMap> firstMap(YamlFile file) {
        if (file.documents().isEmpty()) {
            return file.problems().isEmpty() ? Optional.of(new YamlMap(List.of(), Position.ofFile(file.path())))
                    : Optional.empty();
        }
        return Optional.of(file.documents().get(0).rootMap()
                .orElseGet(() -> new YamlMap(List.of(), Position.ofFile(file.path()))));
    }
}
