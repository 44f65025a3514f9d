package dev.gitopslint.core.suppress;

import dev.gitopslint.core.source.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds suppression comments in YAML ({@code #}) and Go templates ({@code {{/* ... * /}}}). */
public final class SuppressionParser {

    private static final Pattern DIRECTIVE = Pattern.compile(
            "(#|\\{\\{-?\\s*/\\*)\\s*gitops-lint:\\s*ignore\\s+([a-z0-9][a-z0-9,\\s-]*?)\\s*(?:--\\s*([^#]*?))?\\s*"
                    + "(?:\\*/\\s*-?\\}\\})?\\s*(?:#.*)?$");

    private SuppressionParser() {
    }

    public static List<SuppressionDirective> parse(String file, String text) {
        List<SuppressionDirective> directives = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.contains("gitops-lint:")) {
                continue;
            }
            Matcher m = DIRECTIVE.matcher(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            if (!m.find()) {
                continue;
            }
            boolean ownLine = line.substring(0, m.start()).isBlank();
            int covered = ownLine ? nextContentLine(lines, i) : i + 1;
            Set<String> ids = new LinkedHashSet<>(Arrays.stream(m.group(2).split("[,\\s]+"))
                    .filter(s -> !s.isBlank()).toList());
            directives.add(new SuppressionDirective(new Position(file, i + 1, m.start() + 1), covered, ids,
                    m.group(3) == null ? "" : m.group(3).trim()));
        }
        return directives;
    }

    /** The 1-based number of the next line that is not blank and not only a comment. */
    private static int nextContentLine(String[] lines, int index) {
        for (int j = index + 1; j < lines.length; j++) {
            String trimmed = lines[j].trim();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                return j + 1;
            }
        }
        return index + 2;
    }
}
