package dev.gitopslint.core.report;

import java.util.Locale;

/** The output formats, with the file name each gets when reports are written to a directory. */
public enum ReportFormat {
    TEXT("gitops-lint.txt"),
    JSON("gitops-lint.json"),
    SARIF("gitops-lint.sarif"),
    /** GitHub Actions workflow commands: annotations on the pull request diff. */
    GITHUB("gitops-lint-github.txt"),
    /** Surefire's {@code TEST-*.xml} naming, which CI servers' default report patterns pick up. */
    JUNIT("TEST-gitops-lint.xml");

    private final String defaultFileName;

    ReportFormat(String defaultFileName) {
        this.defaultFileName = defaultFileName;
    }

    /** The name used on the command line and in build configuration: {@code text}, {@code sarif}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String defaultFileName() {
        return defaultFileName;
    }

    /** Reads a format name, case-insensitively. */
    public static ReportFormat parse(String id) {
        for (ReportFormat format : values()) {
            if (format.id().equalsIgnoreCase(id.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + id + "' (formats: text, json, sarif, github, junit)");
    }
}
