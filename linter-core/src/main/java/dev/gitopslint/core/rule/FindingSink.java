package dev.gitopslint.core.rule;

import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.source.Position;
import java.util.List;
import java.util.Optional;

/**
 * Where a rule reports. Rule id and targets are filled in by the engine; the severity is the rule's
 * default unless the rule grades this finding itself (a user's configured severity always wins).
 */
public interface FindingSink {

    void report(Optional<Severity> severity, Position location, String message, List<Related> related);

    default void report(Position location, String message, List<Related> related) {
        report(Optional.empty(), location, message, related);
    }

    default void report(Position location, String message) {
        report(location, message, List.of());
    }

    default void report(Position location, String message, Related related) {
        report(location, message, List.of(related));
    }
}
