package dev.gitopslint.core.apps;

import dev.gitopslint.core.source.Position;
import java.util.Optional;

/**
 * Where an app's chart comes from: a path in a git repository, or a chart in a Helm/OCI registry.
 * {@code localDir} is the chart's directory in this repository when the source is this repository (or a
 * vendored copy); empty when it cannot be rendered offline. {@code vendoredCopy} is the directory the
 * configuration names for a copy of a remote source, whether or not it exists.
 */
public record AppSource(String repoURL, Optional<String> path, Optional<String> chart, String targetRevision,
        Optional<String> localDir, Position declaredAt, Optional<String> vendoredCopy) {

    /** A source with no configured vendored copy. */
    public AppSource(String repoURL, Optional<String> path, Optional<String> chart, String targetRevision,
            Optional<String> localDir, Position declaredAt) {
        this(repoURL, path, chart, targetRevision, localDir, declaredAt, Optional.empty());
    }

    public boolean isLocal() {
        return localDir.isPresent();
    }

    public String describe() {
        return repoURL + path.map(p -> " path " + p).orElse("") + chart.map(c -> " chart " + c).orElse("")
                + (targetRevision.isEmpty() ? "" : " @ " + targetRevision);
    }
}
