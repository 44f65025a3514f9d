package dev.gitopslint.core.manifest;

import dev.gitopslint.core.finding.Target;
import dev.gitopslint.core.yaml.YamlDocument;
import dev.gitopslint.core.yaml.YamlMap;
import java.util.Optional;

/**
 * A Kubernetes object, plain or rendered. {@code origin} is the file for plain YAML or the chart
 * template ({@code # Source:}) for rendered output; {@code target} is the app that renders it.
 */
public record Manifest(String apiVersion, String kind, String name, Optional<String> namespace,
        YamlDocument document, YamlMap object, String origin, Optional<Target> target, ManifestLocator locator) {

    public Located locate(String pointer) {
        return locator.locate(pointer);
    }

    /** See {@link ManifestLocator#locateValue}: falls back to {@link #locate(String)} at {@code pointer}. */
    public Located locateValue(String text, String key, String pointer) {
        return locator.locateValue(text, key).orElseGet(() -> locator.locate(pointer));
    }

    public String group() {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    public String describe() {
        return kind + " " + namespace.map(ns -> ns + "/").orElse("") + (name.isEmpty() ? "(unnamed)" : name);
    }
}
