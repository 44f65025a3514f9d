package dev.gitopslint.core.engine;

/**
 * Counts for the end of a report. With a baseline applied, {@code errors}, {@code warnings} and
 * {@code infos} count only the findings that are not in it; {@code baselined} counts the others.
 */
public record Summary(int errors, int warnings, int infos, int apps, int environments, int manifests, int files,
        int suppressed, int baselined) {

    public Summary(int errors, int warnings, int infos, int apps, int environments, int manifests, int files,
            int suppressed) {
        this(errors, warnings, infos, apps, environments, manifests, files, suppressed, 0);
    }

    public Summary withFindingCounts(int newErrors, int newWarnings, int newInfos, int newBaselined) {
        return new Summary(newErrors, newWarnings, newInfos, apps, environments, manifests, files, suppressed,
                newBaselined);
    }
}
