package dev.gitopslint.core.images;

import java.util.Optional;

/** Where the client finds credentials for a registry (host with optional port, e.g. {@code ghcr.io}). */
@FunctionalInterface
public interface CredentialSource {

    Optional<Credentials> find(String registry);

    /**
     * A hint for an authentication failure when no credentials were found, e.g. that the docker
     * config keeps them in a credential helper this client does not run.
     */
    default Optional<String> missingCredentialsHint(String registry) {
        return Optional.empty();
    }

    /** Anonymous access only. */
    static CredentialSource none() {
        return registry -> Optional.empty();
    }
}
