package dev.gitopslint.core.config;

import dev.gitopslint.core.source.Position;
import java.util.Optional;

/** A config-level suppression: every given criterion must match; the reason is mandatory. */
public record IgnoreEntry(Optional<String> pathGlob, Optional<String> rule, Optional<String> appGlob,
        Optional<String> environmentGlob, String reason, Position declaredAt) {
}
