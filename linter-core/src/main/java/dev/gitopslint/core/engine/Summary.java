package dev.gitopslint.core.engine;

/** Counts for the end of a report. */
public record Summary(int errors, int warnings, int infos, int apps, int environments, int manifests, int files,
        int suppressed) {
}
