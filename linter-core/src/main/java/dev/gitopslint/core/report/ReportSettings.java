package dev.gitopslint.core.report;

import dev.gitopslint.core.rule.RuleRegistry;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What reporters need besides the result: the linted repository, the installed rules (SARIF lists them
 * all), the tool version, and for the terminal colour and quiet mode.
 *
 * <p>{@code pathPrefix} is the repository's path inside the checkout that CI resolves file paths against
 * (GitHub resolves annotation files and SARIF locations against the workspace): {@code "deploy/gitops"}
 * when the linted repository is that subdirectory, empty when it is the checkout itself. It is put in
 * front of file paths in the {@code sarif} and {@code github} formats only.
 */
public record ReportSettings(Path repository, RuleRegistry rules, String toolVersion, String pathPrefix,
        boolean colour, boolean quiet) {

    public ReportSettings {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(toolVersion, "toolVersion");
        pathPrefix = normalizePrefix(pathPrefix);
    }

    public static ReportSettings of(Path repository, RuleRegistry rules, String toolVersion) {
        return new ReportSettings(repository, rules, toolVersion, "", false, false);
    }

    public ReportSettings withPathPrefix(String prefix) {
        return new ReportSettings(repository, rules, toolVersion, prefix, colour, quiet);
    }

    public ReportSettings withColour(boolean on) {
        return new ReportSettings(repository, rules, toolVersion, pathPrefix, on, quiet);
    }

    public ReportSettings withQuiet(boolean on) {
        return new ReportSettings(repository, rules, toolVersion, pathPrefix, colour, on);
    }

    /** A repository-relative path as CI sees it: with the prefix in front. */
    public String checkoutPath(String file) {
        if (pathPrefix.isEmpty()) {
            return file;
        }
        return file.isEmpty() ? pathPrefix : pathPrefix + "/" + file;
    }

    /**
     * The directory the checkout paths are relative to: the repository, or the directory the prefix
     * leads up from. Empty when the prefix is not the end of the repository's path (then no one knows).
     */
    public Optional<Path> checkoutRoot() {
        Path root = repository.toAbsolutePath().normalize();
        if (pathPrefix.isEmpty()) {
            return Optional.of(root);
        }
        Path prefix = Path.of(pathPrefix);
        if (!root.endsWith(prefix)) {
            return Optional.empty();
        }
        Path up = root;
        for (int i = 0; i < prefix.getNameCount(); i++) {
            up = up.getParent();
        }
        return Optional.ofNullable(up);
    }

    private static String normalizePrefix(String prefix) {
        if (prefix == null) {
            return "";
        }
        String p = prefix.replace('\\', '/').strip();
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.equals(".") ? "" : p;
    }
}
