package dev.gitopslint.maven;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The {@code baseline} parameter. A baseline that is named must exist: a typo must not silently turn
 * into "no baseline". Matching findings against it needs the baseline support of the core, which this
 * build does not have yet; until then a baseline is refused rather than ignored.
 */
final class BaselineParameter {

    private BaselineParameter() {
    }

    static void check(File baseline) throws MojoExecutionException {
        if (baseline == null) {
            return;
        }
        if (!baseline.isFile()) {
            throw new MojoExecutionException("gitops-lint: baseline file not found: " + baseline);
        }
        throw new MojoExecutionException("gitops-lint: baseline " + baseline
                + ": this version of gitops-lint cannot apply baselines yet");
    }
}
