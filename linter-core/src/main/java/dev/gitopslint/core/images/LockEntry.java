package dev.gitopslint.core.images;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What an image reference resolved to: the manifest digest, its media type (an index / manifest
 * list, or a single manifest) and the platforms it runs on, sorted and without duplicates.
 */
public record LockEntry(ImageReference image, Digest digest, String mediaType, List<Platform> platforms)
        implements Comparable<LockEntry> {

    public LockEntry {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(mediaType, "mediaType");
        platforms = List.copyOf(new TreeSet<>(Objects.requireNonNull(platforms, "platforms")));
    }

    /** An index or manifest list: the runtime picks the matching platform's manifest. */
    public boolean isIndex() {
        return MediaTypes.isIndex(mediaType);
    }

    /** Whether one of the platforms runs where {@code required} is needed. */
    public boolean supports(Platform required) {
        return platforms.stream().anyMatch(p -> p.satisfies(required));
    }

    @Override
    public int compareTo(LockEntry other) {
        return image.compareTo(other.image);
    }
}
