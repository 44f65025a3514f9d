package dev.gitopslint.core.argocd;

import dev.gitopslint.core.config.VendoredChart;
import java.util.List;
import java.util.Optional;

/** The configured copies of remote charts ({@code vendored:}), looked up by an app's source. */
final class VendoredCopies {

    private final List<VendoredChart> entries;

    VendoredCopies(List<VendoredChart> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The first entry for this repository (any URL spelling) and chart; an entry without a chart takes any. */
    Optional<VendoredChart> find(String repoURL, Optional<String> chart) {
        String repository = RepoUrls.normalize(repoURL);
        return entries.stream()
                .filter(e -> RepoUrls.normalize(e.repoURL()).equals(repository))
                .filter(e -> e.chart().isEmpty() || e.chart().equals(chart))
                .findFirst();
    }
}
