package dev.gitopslint.core.workspace;

import dev.gitopslint.core.yaml.YamlFile;
import java.util.List;
import java.util.Optional;

/**
 * A Helm chart directory (one with a {@code Chart.yaml}) and what is in it. Paths are relative to the
 * repository root.
 */
public record Chart(String dir, String name, String version, YamlFile chartYaml, Optional<YamlFile> values,
        List<String> templates, List<String> subcharts) {

    public Chart {
        templates = List.copyOf(templates);
        subcharts = List.copyOf(subcharts);
    }

    public String valuesPath() {
        return dir.isEmpty() ? "values.yaml" : dir + "/values.yaml";
    }
}
