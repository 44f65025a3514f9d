package dev.gitopslint.core.render;

import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.workspace.Chart;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template line a Helm error names ({@code execution error at (api/templates/x.yaml:23:24)},
 * {@code parse error at (api/templates/x.yaml:8)}), as a repository position.
 */
final class HelmErrorLocation {

    private static final Pattern AT = Pattern.compile("\\(([^():\\s]+/[^():\\s]+):(\\d+)(?::(\\d+))?\\)");

    private HelmErrorLocation() {
    }

    static Optional<Position> of(String error, Chart chart) {
        Matcher m = AT.matcher(error == null ? "" : error);
        if (!m.find()) {
            return Optional.empty();
        }
        String path = m.group(1);
        String inChart = path.substring(path.indexOf('/') + 1);
        String file = chart.dir().isEmpty() ? inChart : chart.dir() + "/" + inChart;
        int column = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        return Optional.of(new Position(file, Integer.parseInt(m.group(2)), column));
    }
}
