package dev.gitopslint.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read access to the data bundled in this module (see {@code PROVENANCE.md} next to the files):
 * Kubernetes schemas per minor version, the CRD schema catalog and the API lifecycle table.
 * Every call reads the resource afresh; callers keep what they need.
 */
public final class BundledSchemas {

    private static final String ROOT = "/dev/gitopslint/schemas/";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private BundledSchemas() {
    }

    /** The bundled Kubernetes minor versions ({@code "1.33"}, ...), oldest first. */
    public static List<String> kubernetesVersions() {
        List<String> versions = new ArrayList<>();
        read("kubernetes/index.json").path("versions").forEach(v -> versions.add(v.asString()));
        return Collections.unmodifiableList(versions);
    }

    /** The newest bundled Kubernetes minor version: the default target. */
    public static String newestKubernetesVersion() {
        List<String> versions = kubernetesVersions();
        return versions.get(versions.size() - 1);
    }

    /**
     * One minor's schemas: {@code {"kubernetesVersion", "kinds": {"<apiVersion>/<Kind>": "<definition>"},
     * "$defs": {...}}}; every {@code $ref} points into {@code $defs}.
     *
     * @throws IllegalArgumentException when the minor is not bundled
     */
    public static JsonNode kubernetes(String minor) {
        if (!kubernetesVersions().contains(minor)) {
            throw new IllegalArgumentException("Kubernetes " + minor + " is not bundled; bundled versions: "
                    + String.join(", ", kubernetesVersions()));
        }
        return read("kubernetes/" + minor + ".json.gz");
    }

    /**
     * The catalog's schema for a custom resource kind, if it has one. The schema is the CRD's
     * {@code openAPIV3Schema} in JSON Schema form (already strict: declared objects carry
     * {@code additionalProperties: false}).
     */
    public static Optional<JsonNode> catalogSchema(String group, String version, String kind) {
        JsonNode file = read("crd-catalog/index.json").path("entries")
                .path(group + "/" + version + "/" + kind.toLowerCase(Locale.ROOT));
        return file.isString() ? Optional.of(read("crd-catalog/" + file.stringValue())) : Optional.empty();
    }

    /** The catalog's keys, {@code <group>/<version>/<lowercase kind>}, sorted. */
    public static List<String> catalogKeys() {
        return List.copyOf(read("crd-catalog/index.json").path("entries").propertyNames());
    }

    /**
     * The API lifecycle table: {@code {"indexedMinors": [...], "apis": [{"apiVersion", "kind",
     * "servedFrom", "servedThrough", "deprecatedIn", "removedIn", "replacement"}]}}; every field after
     * {@code kind} is optional.
     */
    public static JsonNode apiLifecycle() {
        return read("api-lifecycle.json");
    }

    private static JsonNode read(String resource) {
        try (InputStream raw = BundledSchemas.class.getResourceAsStream(ROOT + resource)) {
            if (raw == null) {
                throw new IllegalStateException("bundled resource " + ROOT + resource + " is missing from the jar");
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + ROOT + resource, e);
        }
    }
}
