package dev.gitopslint.core.schema;

import java.util.Optional;

/**
 * What a target Kubernetes version says about an apiVersion/kind.
 *
 * @param replacementApiVersion the apiVersion to use instead, when there is one
 * @param deprecatedIn the version that deprecated it, when known
 * @param removedIn the version that stopped serving it, when known
 */
public record ApiStatus(State state, GroupVersionKind gvk, KubernetesVersion target,
        Optional<String> replacementApiVersion, Optional<KubernetesVersion> deprecatedIn,
        Optional<KubernetesVersion> removedIn) {

    public enum State {
        /** Served by the target version and not deprecated. */
        SERVED,
        /** Still served by the target version but deprecated. */
        DEPRECATED,
        /** No longer served by the target version. */
        REMOVED,
        /** Not a Kubernetes API the table knows (custom resources, APIs newer than the target). */
        UNKNOWN
    }

    public boolean isRemoved() {
        return state == State.REMOVED;
    }

    public boolean isDeprecated() {
        return state == State.DEPRECATED;
    }

    /**
     * A sentence for the user, e.g. {@code extensions/v1beta1 Ingress is not served by Kubernetes 1.35
     * (removed in 1.22); use networking.k8s.io/v1}; empty for SERVED and UNKNOWN.
     */
    public String message() {
        String api = gvk.apiVersion() + " " + gvk.kind();
        String use = replacementApiVersion.map(r -> "; use " + r).orElse("; there is no direct replacement");
        return switch (state) {
            case REMOVED -> api + " is not served by Kubernetes " + target
                    + removedIn.map(v -> " (removed in " + v + ")").orElse("") + use;
            case DEPRECATED -> api + " is deprecated" + deprecatedIn.map(v -> " since Kubernetes " + v).orElse("")
                    + removedIn.map(v -> " and removed in " + v).orElse("") + use;
            default -> "";
        };
    }
}
