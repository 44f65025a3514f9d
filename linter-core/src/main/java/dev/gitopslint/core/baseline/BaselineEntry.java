package dev.gitopslint.core.baseline;

import dev.gitopslint.core.finding.Finding;
import java.util.Comparator;
import java.util.Objects;

/**
 * One accepted finding. Only the fingerprint matches; rule, file and message are there for the people who
 * review the baseline file and for the list of stale entries.
 */
public record BaselineEntry(String fingerprint, String ruleId, String file, String message)
        implements Comparable<BaselineEntry> {

    private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::file)
            .thenComparing(BaselineEntry::ruleId)
            .thenComparing(BaselineEntry::message)
            .thenComparing(BaselineEntry::fingerprint);

    public BaselineEntry {
        Objects.requireNonNull(fingerprint, "fingerprint");
        ruleId = Objects.requireNonNullElse(ruleId, "");
        file = Objects.requireNonNullElse(file, "");
        message = Objects.requireNonNullElse(message, "");
    }

    public static BaselineEntry of(Finding finding) {
        return new BaselineEntry(finding.fingerprint(), finding.ruleId(), finding.location().file(),
                finding.message());
    }

    @Override
    public int compareTo(BaselineEntry other) {
        return ORDER.compare(this, other);
    }
}
