package dev.gitopslint.core.chart;

import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.workspace.Chart;
import dev.gitopslint.core.workspace.Workspace;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a chart's templates read a values key, by scanning the template text. A textual scan
 * finds {@code .Values.a.b} and {@code index .Values "a" "b"}; values reached through variables or
 * {@code tpl} are out of its sight, so callers treat "not found" as "unknown", not as "unused".
 */
public final class TemplateReferences {

    private TemplateReferences() {
    }

    /** The first template line of {@code chart} (not its subcharts) that reads {@code .Values.<dottedPath>}. */
    public static Optional<Position> firstRead(Workspace workspace, Chart chart, String dottedPath) {
        Pattern dotted = Pattern.compile("\\.Values\\." + Pattern.quote(dottedPath) + "(?![A-Za-z0-9_])");
        String[] parts = dottedPath.split("\\.");
        StringBuilder indexForm = new StringBuilder("index\\s+\\.Values");
        for (String part : parts) {
            indexForm.append("\\s+\"").append(Pattern.quote(part)).append('"');
        }
        Pattern indexed = Pattern.compile(indexForm.toString());
        for (String template : chart.templates()) {
            Optional<String> text = workspace.text(template);
            if (text.isEmpty()) {
                continue;
            }
            Optional<Position> at = find(template, text.get(), dotted).or(() -> find(template, text.get(), indexed));
            if (at.isPresent()) {
                return at;
            }
        }
        return Optional.empty();
    }

    private static Optional<Position> find(String file, String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Optional.of(new Position(file, line, m.start() - lineStart + 1));
    }
}
