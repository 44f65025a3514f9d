package dev.gitopslint.core.baseline;

import dev.gitopslint.core.finding.Finding;
import java.util.List;
import java.util.Set;

/**
 * How a run compares with a baseline: {@code accepted} holds the fingerprints of the findings it lists,
 * {@code stale} the entries no finding matched any more (fixed, or changed beyond recognition).
 */
public record BaselineStatus(String source, int entries, Set<String> accepted, List<BaselineEntry> stale) {

    public BaselineStatus {
        accepted = Set.copyOf(accepted);
        stale = List.copyOf(stale);
    }

    public boolean accepts(Finding finding) {
        return accepted.contains(finding.fingerprint());
    }
}
