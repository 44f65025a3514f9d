package dev.gitopslint.core.manifest;

/**
 * Maps a JSON pointer inside a manifest to the place the user edits: the line in a plain file, or for
 * rendered output the values line or template that produced it.
 */
@FunctionalInterface
public interface ManifestLocator {

    Located locate(String pointer);
}
