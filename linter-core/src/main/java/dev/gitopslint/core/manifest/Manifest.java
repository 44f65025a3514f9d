package dev.gitopslint.core.manifest;

import dev.gitopslint.core.finding.Target;
import dev.gitopslint.core.yaml.YamlDocument;
import dev.gitopslint.core.yaml.YamlMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Kubernetes object, plain or rendered. {@code origin} is the file for plain YAML or the chart
 * template ({@code # Source:}) for rendered output; {@code target} is the app that renders it.
 *
 * <p>A class rather than a record only to remember its {@link #containers()}: several rules ask for
 * them, and finding them walks the whole object.
 */
public final class Manifest {

    private final String apiVersion;
    private final String kind;
    private final String name;
    private final Optional<String> namespace;
    private final YamlDocument document;
    private final YamlMap object;
    private final String origin;
    private final Optional<Target> target;
    private final ManifestLocator locator;
    private volatile List<Containers.Container> containers;

    public Manifest(String apiVersion, String kind, String name, Optional<String> namespace, YamlDocument document,
            YamlMap object, String origin, Optional<Target> target, ManifestLocator locator) {
        this.apiVersion = apiVersion;
        this.kind = kind;
        this.name = name;
        this.namespace = namespace;
        this.document = document;
        this.object = object;
        this.origin = origin;
        this.target = target;
        this.locator = locator;
    }

    public String apiVersion() {
        return apiVersion;
    }

    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public Optional<String> namespace() {
        return namespace;
    }

    public YamlDocument document() {
        return document;
    }

    public YamlMap object() {
        return object;
    }

    public String origin() {
        return origin;
    }

    public Optional<Target> target() {
        return target;
    }

    public ManifestLocator locator() {
        return locator;
    }

    /** The containers of the object's pod templates ({@link Containers#of}), found once. */
    public List<Containers.Container> containers() {
        List<Containers.Container> found = containers;
        if (found == null) {
            found = Containers.of(object);
            containers = found;
        }
        return found;
    }

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

    @Override
    public boolean equals(Object other) {
        return other instanceof Manifest m && apiVersion.equals(m.apiVersion) && kind.equals(m.kind)
                && name.equals(m.name) && namespace.equals(m.namespace) && document.equals(m.document)
                && object.equals(m.object) && origin.equals(m.origin) && target.equals(m.target)
                && locator.equals(m.locator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(apiVersion, kind, name, namespace, document, object, origin, target, locator);
    }

    @Override
    public String toString() {
        return describe() + " from " + origin + target.map(t -> " (" + t + ")").orElse("");
    }
}
