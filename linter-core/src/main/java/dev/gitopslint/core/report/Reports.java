package dev.gitopslint.core.report;

import dev.gitopslint.core.engine.LintResult;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * Writes a lint result in any of the formats, to a writer, a file, or a directory of reports. The CLI
 * and the Maven plugin share it, so every format behaves the same wherever it is written.
 */
public final class Reports {

    private final ReportSettings settings;

    public Reports(ReportSettings settings) {
        this.settings = settings;
    }

    public Reporter reporter(ReportFormat format) {
        return switch (format) {
            case TEXT -> new TextReporter(settings.colour(), settings.quiet());
            case JSON -> new JsonReporter();
            case SARIF -> new SarifReporter(settings);
            case GITHUB -> new GithubReporter(settings);
            case JUNIT -> new JunitReporter();
        };
    }

    public void write(LintResult result, ReportFormat format, Writer out) throws IOException {
        reporter(format).write(result, out);
        out.flush();
    }

    /** Writes one report as UTF-8, creating the parent directories. */
    public void write(LintResult result, ReportFormat format, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer writer = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            write(result, format, writer);
        }
    }

    /**
     * Writes each format to its {@link ReportFormat#defaultFileName() default file name} in
     * {@code directory} (e.g. {@code gitops-lint.sarif}, {@code TEST-gitops-lint.xml}); returns the files.
     */
    public Map<ReportFormat, Path> writeAll(LintResult result, Collection<ReportFormat> formats, Path directory)
            throws IOException {
        Map<ReportFormat, Path> written = new LinkedHashMap<>();
        for (ReportFormat format : new LinkedHashSet<>(formats)) {
            Path file = directory.resolve(format.defaultFileName());
            write(result, format, file);
            written.put(format, file);
        }
        return written;
    }
}
