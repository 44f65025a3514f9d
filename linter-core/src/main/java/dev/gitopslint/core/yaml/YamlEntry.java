package dev.gitopslint.core.yaml;

/** One key/value pair of a mapping; the key keeps its own position (findings point at keys). */
public record YamlEntry(YamlScalar key, YamlNode value) {

    public String name() {
        return key.text();
    }
}
