package dev.gitopslint.core.images;

import java.util.Objects;

/** What a {@code HEAD} on a manifest tells without its body: digest, media type and size in bytes. */
public record ManifestHead(Digest digest, String mediaType, long size) {

    public ManifestHead {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(mediaType, "mediaType");
    }
}
