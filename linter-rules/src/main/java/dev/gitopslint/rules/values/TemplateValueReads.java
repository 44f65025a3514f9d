package dev.gitopslint.rules.values;

import dev.gitopslint.core.source.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the values key paths a Go template reads, by scanning its text: {@code .Values.a.b} (also as
 * {@code $.Values.a.b} or {@code .ctx.Values.a.b}) and {@code index .Values "a" "b"}. A reference reads
 * everything below the path it names, since the template may go on through {@code with}, {@code range},
 * a variable or {@code toYaml}. {@code .Values} used whole (passed to {@code include} or {@code tpl},
 * {@code toYaml .Values}, {@code index .Values $key}) means the template may read any key.
 */
final class TemplateValueReads {

    private static final Pattern VALUES = Pattern.compile("\\.Values((?:\\.[A-Za-z0-9_]+)*)(?![A-Za-z0-9_])");
    private static final Pattern QUOTED_ARGUMENT = Pattern.compile("\\G\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** {@code index} right before the expression holding {@code .Values}: {@code index $.Values}, {@code index .ctx.Values}. */
    private static final Pattern INDEX_BEFORE = Pattern.compile("\\bindex\\s+\\(?\\s*\\$?[A-Za-z0-9_.]*$");

    private TemplateValueReads() {
    }

    /** Adds the reads of {@code text} (a file of the chart) to {@code into}, under {@code prefix}. */
    static void scan(String file, String text, List<String> prefix, ReadableKeys into) {
        LineIndex lines = null;
        Matcher m = VALUES.matcher(text);
        while (m.find()) {
            if (lines == null) {
                lines = new LineIndex(text);
            }
            List<String> path = new ArrayList<>(prefix);
            String chain = m.group(1);
            if (!chain.isEmpty()) {
                for (String segment : chain.substring(1).split("\\.")) {
                    path.add(segment);
                }
            }
            if (isIndexed(text, m.start())) {
                path.addAll(quotedArguments(text, m.end()));
            }
            into.addEverythingBelow(List.copyOf(path), lines.position(file, m.start()));
        }
    }

    /** Whether {@code text} uses {@code tpl}, which renders strings (from values or files) as templates. */
    static boolean usesTpl(String text) {
        return text.contains("tpl ") || text.contains("tpl(");
    }

    private static boolean isIndexed(String text, int valuesStart) {
        int from = Math.max(0, valuesStart - 80);
        return INDEX_BEFORE.matcher(text.substring(from, valuesStart)).find();
    }

    private static List<String> quotedArguments(String text, int from) {
        List<String> arguments = new ArrayList<>();
        Matcher argument = QUOTED_ARGUMENT.matcher(text);
        int at = from;
        while (at < text.length() && argument.find(at) && argument.start() == at) {
            arguments.add(argument.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
            at = argument.end();
        }
        return arguments;
    }

    /** Line starts of a text, to turn offsets into positions only for the matches found. */
    private static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            starts = new int[count];
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
        }

        Position position(String file, int offset) {
            int low = 0;
            int high = starts.length - 1;
            while (low < high) {
                int mid = (low + high + 1) >>> 1;
                if (starts[mid] <= offset) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            return new Position(file, low + 1, offset - starts[low] + 1);
        }
    }
}
