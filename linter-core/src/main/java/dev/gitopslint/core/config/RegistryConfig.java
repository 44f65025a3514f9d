package dev.gitopslint.core.config;

import dev.gitopslint.core.source.Position;
import java.util.Objects;
import java.util.Optional;

/**
 * A registry, or a part of one, declared in the config: {@code prefix} is matched against an image's
 * full name ({@code registry/repository}, e.g. {@code ghcr.io/ameideio/mirror/loki}) on path
 * boundaries, so {@code ghcr.io/ameideio} covers {@code ghcr.io/ameideio/mirror/loki} but not
 * {@code ghcr.io/ameideio-labs/x}.
 *
 * @param isPrivate  pulls need credentials: pods need an {@code imagePullSecrets} entry
 * @param pullSecret the pull secret pods must name for it; empty: any pull secret will do
 * @param declaredAt where the entry is written
 */
public record RegistryConfig(String prefix, boolean isPrivate, Optional<String> pullSecret, Position declaredAt) {

    public RegistryConfig {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(pullSecret, "pullSecret");
        Objects.requireNonNull(declaredAt, "declaredAt");
        while (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
    }

    /** Whether {@code imageName} ({@code registry/repository}) is this entry or below it. */
    public boolean covers(String imageName) {
        return imageName.equals(prefix) || imageName.startsWith(prefix + "/");
    }
}
