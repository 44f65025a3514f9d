package dev.gitopslint.rules.values;

import dev.gitopslint.core.source.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the values key paths a Go template reads, by scanning its text: {@code .Values.a.b} (also as
 * {@code $.Values.a.b} or {@code .ctx.Values.a.b}) and {@code index .Values "a" "b"}. A reference reads
 * everything below the path it names, since the template may go on through {@code with}, {@code range},
 * a variable or {@code toYaml}. {@code .Values} used whole (passed to {@code include} or {@code tpl},
 * {@code toYaml .Values}, {@code index .Values $key}) means the template may read any key. The scan is
 * hand-written rather than a regular expression: it runs over every template of a chart for each app.
 */
final class TemplateValueReads {

    private static final String VALUES = ".Values";

    private TemplateValueReads() {
    }

    /** Adds the reads of {@code text} (a file of the chart) to {@code into}, under {@code prefix}. */
    static void scan(String file, String text, List<String> prefix, ReadableKeys into) {
        int at = text.indexOf(VALUES);
        while (at >= 0) {
            int end = at + VALUES.length();
            if (end < text.length() && isIdentifier(text.charAt(end))) {
                at = text.indexOf(VALUES, end);
                continue;
            }
            String first = prefix.isEmpty() ? firstSegment(text, end) : "";
            if (!first.isEmpty() && !into.wants(first)) {
                at = text.indexOf(VALUES, end);
                continue;
            }
            List<String> path = new ArrayList<>(prefix);
            while (end + 1 < text.length() && text.charAt(end) == '.' && isIdentifier(text.charAt(end + 1))) {
                int start = end + 1;
                end = start;
                while (end < text.length() && isIdentifier(text.charAt(end))) {
                    end++;
                }
                path.add(text.substring(start, end));
            }
            if (isIndexed(text, at)) {
                end = quotedArguments(text, end, path);
            }
            int offset = at;
            into.addEverythingBelow(List.copyOf(path), () -> position(file, text, offset));
            at = text.indexOf(VALUES, end);
        }
    }

    /** The first dotted segment after {@code .Values} at {@code end}, or {@code ""} when there is none. */
    private static String firstSegment(String text, int end) {
        if (end + 1 < text.length() && text.charAt(end) == '.' && isIdentifier(text.charAt(end + 1))) {
            int stop = end + 1;
            while (stop < text.length() && isIdentifier(text.charAt(stop))) {
                stop++;
            }
            return text.substring(end + 1, stop);
        }
        return "";
    }

    /** Whether {@code text} uses {@code tpl}, which renders strings (from values or files) as templates. */
    static boolean usesTpl(String text) {
        return text.contains("tpl ") || text.contains("tpl(");
    }

    /** {@code index} right before the expression holding {@code .Values}: {@code index $.Values}, {@code index (.ctx.Values}. */
    private static boolean isIndexed(String text, int valuesStart) {
        int i = valuesStart - 1;
        while (i >= 0 && (isIdentifier(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '$')) {
            i--;
        }
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '(')) {
            i--;
        }
        return i >= 4 && text.startsWith("index", i - 4) && (i < 5 || !isIdentifier(text.charAt(i - 5)));
    }

    /** Appends the quoted string arguments that follow {@code from}; returns where they end. */
    private static int quotedArguments(String text, int from, List<String> into) {
        int at = from;
        while (true) {
            int i = at;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i == at || i >= text.length() || text.charAt(i) != '"') {
                return at;
            }
            StringBuilder argument = new StringBuilder();
            int j = i + 1;
            while (j < text.length() && text.charAt(j) != '"' && text.charAt(j) != '\n') {
                if (text.charAt(j) == '\\' && j + 1 < text.length()) {
                    j++;
                }
                argument.append(text.charAt(j));
                j++;
            }
            if (j >= text.length() || text.charAt(j) != '"') {
                return at;
            }
            into.add(argument.toString());
            at = j + 1;
        }
    }

    private static boolean isIdentifier(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static Position position(String file, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(file, line, offset - lineStart + 1);
    }
}
