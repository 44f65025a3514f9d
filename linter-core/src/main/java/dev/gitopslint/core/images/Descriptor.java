package dev.gitopslint.core.images;

import java.util.Objects;
import java.util.Optional;

/**
 * A content descriptor inside a manifest: an index entry (with its platform, when given) or a
 * manifest's config.
 *
 * @param attestation whether the entry is an attestation or signature manifest (buildx marks them
 *                    with {@code vnd.docker.reference.type}), not an image to run
 */
public record Descriptor(String mediaType, Digest digest, long size, Optional<Platform> platform,
        boolean attestation) {

    public Descriptor {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(platform, "platform");
    }

    /** A platform an image can run on: present, not {@code unknown/unknown}, not an attestation. */
    public Optional<Platform> runnablePlatform() {
        return attestation ? Optional.empty() : platform.filter(p -> !p.isUnknown());
    }
}
