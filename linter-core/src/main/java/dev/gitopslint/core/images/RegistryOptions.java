package dev.gitopslint.core.images;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the client reaches registries.
 *
 * @param connectTimeout        how long to wait for a TCP (and TLS) connection
 * @param requestTimeout        how long one request may take, from sending it to the last byte of the
 *                              answer; a registry that accepts and never answers fails after this
 * @param insecureRegistries    registries (host or host:port, as written in image references) spoken
 *                              to over plain {@code http}
 * @param plainHttpForLoopback  whether {@code localhost}, {@code 127.x.x.x} and {@code [::1]} registries
 *                              use plain {@code http} too (local development registries usually do)
 * @param credentials           where credentials come from
 * @param maxManifestBytes      the largest manifest or config blob accepted
 */
public record RegistryOptions(Duration connectTimeout, Duration requestTimeout, Set<String> insecureRegistries,
        boolean plainHttpForLoopback, CredentialSource credentials, long maxManifestBytes) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(20);
    /** Registries refuse manifests above 4 MiB; config blobs are smaller still in practice. */
    public static final long DEFAULT_MAX_MANIFEST_BYTES = 4L * 1024 * 1024;

    public RegistryOptions {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        Set<String> normalised = new TreeSet<>();
        for (String registry : Objects.requireNonNull(insecureRegistries, "insecureRegistries")) {
            normalised.add(registry.toLowerCase(Locale.ROOT));
        }
        insecureRegistries = Set.copyOf(normalised);
        Objects.requireNonNull(credentials, "credentials");
        if (maxManifestBytes <= 0) {
            throw new IllegalArgumentException("maxManifestBytes must be positive");
        }
    }

    /** Defaults: 5 s to connect, 20 s per request, anonymous, https except loopback registries. */
    public static RegistryOptions defaults() {
        return new RegistryOptions(DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, Set.of(), true,
                CredentialSource.none(), DEFAULT_MAX_MANIFEST_BYTES);
    }

    public RegistryOptions withTimeouts(Duration connect, Duration request) {
        return new RegistryOptions(connect, request, insecureRegistries, plainHttpForLoopback, credentials,
                maxManifestBytes);
    }

    public RegistryOptions withInsecureRegistries(Set<String> registries) {
        return new RegistryOptions(connectTimeout, requestTimeout, registries, plainHttpForLoopback, credentials,
                maxManifestBytes);
    }

    public RegistryOptions withPlainHttpForLoopback(boolean enabled) {
        return new RegistryOptions(connectTimeout, requestTimeout, insecureRegistries, enabled, credentials,
                maxManifestBytes);
    }

    public RegistryOptions withCredentials(CredentialSource source) {
        return new RegistryOptions(connectTimeout, requestTimeout, insecureRegistries, plainHttpForLoopback, source,
                maxManifestBytes);
    }

    public RegistryOptions withMaxManifestBytes(long bytes) {
        return new RegistryOptions(connectTimeout, requestTimeout, insecureRegistries, plainHttpForLoopback,
                credentials, bytes);
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
