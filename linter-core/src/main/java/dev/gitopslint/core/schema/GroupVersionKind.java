package dev.gitopslint.core.schema;

import java.util.Objects;

/** A Kubernetes group, version and kind; the core group is the empty string. */
public record GroupVersionKind(String group, String version, String kind) {

    public GroupVersionKind {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
    }

    /** Splits an {@code apiVersion} ({@code v1}, {@code apps/v1}) into group and version. */
    public static GroupVersionKind of(String apiVersion, String kind) {
        int slash = apiVersion.lastIndexOf('/');
        return slash < 0
                ? new GroupVersionKind("", apiVersion, kind)
                : new GroupVersionKind(apiVersion.substring(0, slash), apiVersion.substring(slash + 1), kind);
    }

    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    /** {@code Deployment apps/v1}: how messages name a kind. */
    @Override
    public String toString() {
        return kind + " " + apiVersion();
    }
}
