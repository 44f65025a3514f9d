package dev.gitopslint.core.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds the linted repository's path inside a CI checkout. GitHub resolves the files of annotations and of
 * SARIF results against {@code GITHUB_WORKSPACE}; when the linted directory is below it, paths need that
 * prefix to land on the right file.
 */
public final class CheckoutPrefix {

    private CheckoutPrefix() {
    }

    /** The prefix for {@link ReportSettings#withPathPrefix}: empty outside GitHub Actions or outside the workspace. */
    public static String detect(Path repository, Map<String, String> environment) {
        String workspace = environment.get("GITHUB_WORKSPACE");
        if (workspace == null || workspace.isBlank()) {
            return "";
        }
        Path root = real(Path.of(workspace));
        Path repo = real(repository);
        if (!repo.startsWith(root) || repo.equals(root)) {
            return "";
        }
        return root.relativize(repo).toString().replace('\\', '/');
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
