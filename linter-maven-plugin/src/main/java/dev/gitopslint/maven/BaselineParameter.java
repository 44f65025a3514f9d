package dev.gitopslint.maven;

import dev.gitopslint.core.baseline.Baseline;
import dev.gitopslint.core.baseline.BaselineException;
import dev.gitopslint.core.baseline.BaselineFile;
import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The {@code baseline} parameter. A baseline that is named must exist and be readable: a typo must not
 * silently turn into "no baseline", which would fail a build that the baseline was meant to let pass.
 */
final class BaselineParameter {

    private BaselineParameter() {
    }

    static Optional<Baseline> read(File baseline) throws MojoExecutionException {
        if (baseline == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(BaselineFile.read(baseline.toPath()));
        } catch (BaselineException e) {
            throw new MojoExecutionException("gitops-lint: " + e.getMessage());
        }
    }
}
