package dev.gitopslint.core.values;

import dev.gitopslint.core.yaml.YamlMap;
import java.util.Optional;

/**
 * One values file in an app's stack. {@code content} is empty when the file is missing or did not load
 * as a mapping (the loader reports why). {@code chartDefaults} marks the chart's own values.yaml, which
 * Helm coalesces under the user layers rather than merging with them.
 */
public record ValuesLayer(String file, String label, Optional<YamlMap> content, boolean chartDefaults) {

    public static ValuesLayer of(String file, String label, Optional<YamlMap> content) {
        return new ValuesLayer(file, label, content, false);
    }

    public static ValuesLayer chartDefaults(String file, Optional<YamlMap> content) {
        return new ValuesLayer(file, "chart defaults", content, true);
    }

    public boolean present() {
        return content.isPresent();
    }

    @Override
    public String toString() {
        return file;
    }
}
