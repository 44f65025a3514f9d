package dev.gitopslint.core.images;

import java.net.URI;
import java.util.Locale;

/**
 * Where a registry's API lives: Docker Hub ({@code docker.io}) is served by
 * {@code registry-1.docker.io}; insecure and (optionally) loopback registries speak plain
 * {@code http}; every other registry {@code https}.
 */
final class RegistryEndpoint {

    static final String DOCKER_HUB_API_HOST = "registry-1.docker.io";

    private RegistryEndpoint() {
    }

    /** The base URI, e.g. {@code https://ghcr.io} or {@code http://127.0.0.1:5000}. */
    static URI baseUri(String registry, RegistryOptions options) {
        String authority = registry.equals(ImageReference.DOCKER_HUB) ? DOCKER_HUB_API_HOST : registry;
        String scheme = usesPlainHttp(registry, options) ? "http" : "https";
        return URI.create(scheme + "://" + authority);
    }

    static boolean usesPlainHttp(String registry, RegistryOptions options) {
        String lower = registry.toLowerCase(Locale.ROOT);
        if (options.insecureRegistries().contains(lower)) {
            return true;
        }
        return options.plainHttpForLoopback() && isLoopback(hostOf(lower));
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.")
                || host.equals("[::1]");
    }

    /** The host without port; IPv6 addresses keep their brackets. */
    static String hostOf(String registry) {
        if (registry.startsWith("[")) {
            int close = registry.indexOf(']');
            return registry.substring(0, close + 1);
        }
        int colon = registry.indexOf(':');
        return colon < 0 ? registry : registry.substring(0, colon);
    }
}
