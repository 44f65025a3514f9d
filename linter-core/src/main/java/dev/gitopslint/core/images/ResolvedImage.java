package dev.gitopslint.core.images;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** What a registry says an image reference is: manifest digest, media type, runnable platforms (sorted). */
public record ResolvedImage(Digest digest, String mediaType, List<Platform> platforms) {

    public ResolvedImage {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(mediaType, "mediaType");
        platforms = List.copyOf(new TreeSet<>(platforms));
    }

    public LockEntry toLockEntry(ImageReference image) {
        return new LockEntry(image, digest, mediaType, platforms);
    }
}
