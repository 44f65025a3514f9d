package dev.gitopslint.core.manifest;

/**
 * Maps a JSON pointer inside a manifest to the place the user edits: the line in a plain file, or for
 * rendered output the values line or template that produced it.
 */
@FunctionalInterface
public interface ManifestLocator {

    Located locate(String pointer);

    /**
     * Where a value that a rendered object holds in transformed form (base64, composed strings) was set
     * in values: the leaf whose text is {@code text}, preferring one named {@code key}. Empty for plain
     * manifests, and when no single leaf matches.
     */
    default java.util.Optional<Located> locateValue(String text, String key) {
        return java.util.Optional.empty();
    }
}
