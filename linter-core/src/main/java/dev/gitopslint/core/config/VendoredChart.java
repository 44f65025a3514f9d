package dev.gitopslint.core.config;

import dev.gitopslint.core.source.Position;
import java.util.Optional;

/**
 * A copy, in this repository, of a chart that Argo CD takes from elsewhere (a Helm repository, an OCI
 * registry or another git repository): apps whose source matches {@code repoURL} (and {@code chart},
 * when given) are rendered from {@code path}. The path may use {@code {chart}}, {@code {version}} (the
 * source's {@code targetRevision}) and {@code {path}} (a git source's path).
 */
public record VendoredChart(String repoURL, Optional<String> chart, String path, Position declaredAt) {

    /** The copy's directory for one source, placeholders filled in. */
    public String directoryFor(Optional<String> sourceChart, String targetRevision, Optional<String> sourcePath) {
        return path.replace("{chart}", sourceChart.orElse(""))
                .replace("{version}", targetRevision)
                .replace("{path}", sourcePath.orElse(""));
    }
}
