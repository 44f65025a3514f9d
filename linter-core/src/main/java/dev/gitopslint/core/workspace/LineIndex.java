package dev.gitopslint.core.workspace;

import java.util.Arrays;

/**
 * Where each line of a text starts, so that looking up a line costs a binary search instead of a scan
 * from the top of the file: a run with many findings in one large file looks up thousands of lines.
 * Lines end at {@code \n}; a {@code \r} before it is not part of the line's text.
 */
final class LineIndex {

    private final String text;
    private final int[] starts;

    private LineIndex(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    static LineIndex of(String text) {
        int[] starts = new int[64];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return new LineIndex(text, Arrays.copyOf(starts, count));
    }

    /** The text of a 1-based line, or "" past the end. */
    String line(int line) {
        if (line < 1 || line > starts.length) {
            return "";
        }
        int start = starts[line - 1];
        int end = line < starts.length ? starts[line] - 1 : text.length();
        String content = text.substring(start, end);
        return content.endsWith("\r") ? content.substring(0, content.length() - 1) : content;
    }
}
