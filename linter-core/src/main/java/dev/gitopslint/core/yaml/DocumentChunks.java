package dev.gitopslint.core.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a large YAML stream into parts that can be parsed on their own: each cut is just before a
 * {@code ---} line at column 0 (followed by a blank or the end of the line), which always ends the
 * document before it and starts a new one (YAML 1.2, 9.1.2: such a line cannot be content). A text
 * with directives ({@code %YAML}, {@code %TAG}: they belong to the document that follows them) or with
 * a carriage return that is not part of CRLF (a line break the cut positions would not count) is not cut.
 */
final class DocumentChunks {

    /** A part of the text and the number of lines before it. */
    record Chunk(String text, int lineOffset) {
    }

    private DocumentChunks() {
    }

    /** The parts, about {@code targetChars} long each; one part when the text is not cut. */
    static List<Chunk> split(String text, int targetChars) {
        if (text.length() < 2 * targetChars || !cuttable(text)) {
            return List.of(new Chunk(text, 0));
        }
        List<Chunk> chunks = new ArrayList<>();
        int start = 0;
        int lines = 0;
        while (start < text.length()) {
            int cut = nextDocumentStart(text, start + targetChars);
            if (cut < 0) {
                chunks.add(new Chunk(text.substring(start), lines));
                break;
            }
            chunks.add(new Chunk(text.substring(start, cut), lines));
            lines += countLineFeeds(text, start, cut);
            start = cut;
        }
        return chunks;
    }

    private static boolean cuttable(String text) {
        if (text.startsWith("%") || text.contains("\n%")) {
            return false;
        }
        for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
            if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                return false;
            }
        }
        return true;
    }

    /** The offset of the first {@code ---} line starting at or after {@code from}, or -1. */
    static int nextDocumentStart(String text, int from) {
        for (int i = text.indexOf("\n---", from - 1); i >= 0; i = text.indexOf("\n---", i + 1)) {
            int after = i + 4;
            if (after >= text.length() || " \t\r\n".indexOf(text.charAt(after)) >= 0) {
                return i + 1;
            }
        }
        return -1;
    }

    static int countLineFeeds(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
