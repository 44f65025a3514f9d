package dev.gitopslint.core.finding;

import dev.gitopslint.core.source.Position;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One reported problem, located where the user fixes it. {@code targets} lists the apps and
 * environments it concerns (empty for repository-level findings); {@code fingerprint} identifies it
 * across unrelated edits (baselines, SARIF).
 */
public record Finding(String ruleId, Severity severity, String message, Position location,
        List<Related> related, SortedSet<Target> targets, String fingerprint) {

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        related = List.copyOf(related);
        targets = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(targets));
    }

    public Finding withSeverity(Severity other) {
        return new Finding(ruleId, other, message, location, related, targets, fingerprint);
    }

    public Finding withTargets(SortedSet<Target> other) {
        return new Finding(ruleId, severity, message, location, related, other, fingerprint);
    }

    public Finding withFingerprint(String other) {
        return new Finding(ruleId, severity, message, location, related, targets, other);
    }

    /** The distinct app names, joined for one-line output. */
    public String apps() {
        return targets.stream().map(Target::app).distinct().sorted().collect(Collectors.joining(","));
    }

    public String environments() {
        return targets.stream().map(Target::environment).distinct().sorted().collect(Collectors.joining(","));
    }
}
