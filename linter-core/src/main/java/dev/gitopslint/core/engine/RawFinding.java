package dev.gitopslint.core.engine;

import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.finding.Target;
import dev.gitopslint.core.rule.Rule;
import dev.gitopslint.core.source.Position;
import java.util.List;
import java.util.Optional;

/** What a rule reported, before severity, merging, suppression and fingerprinting. */
record RawFinding(Rule rule, Optional<Severity> severity, Position location, String message, List<Related> related, Optional<Target> target) {
}
