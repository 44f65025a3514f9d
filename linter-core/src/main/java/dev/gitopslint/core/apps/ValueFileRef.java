package dev.gitopslint.core.apps;

import dev.gitopslint.core.source.Position;
import java.util.Optional;

/**
 * A values file as an Application names it ({@code declared}, e.g. {@code $values/sources/values/...}),
 * the repository path it resolves to, and whether it exists. {@code declaredAt} is where it is written
 * (the Application, or the ApplicationSet template that generated it).
 */
public record ValueFileRef(String declared, Optional<String> resolved, boolean exists, boolean ignoreMissing,
        Position declaredAt) {
}
