package dev.gitopslint.core.render.helm;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits {@code helm template} output into one {@link RenderedChunk} per document. Helm writes every
 * document as {@code ---}, then {@code # Source: <chart>/<path>}, then the document; a template that
 * produces several documents yields several chunks with the same source.
 */
public final class RenderedText {

    static final String SOURCE_PREFIX = "# Source: ";
    private static final String SEPARATOR = "---";

    private RenderedText() {
    }

    public static List<RenderedChunk> split(String rendered) {
        List<RenderedChunk> chunks = new ArrayList<>();
        if (rendered == null || rendered.isEmpty()) {
            return chunks;
        }
        String[] lines = rendered.split("\n", -1);
        String source = null;
        int firstLine = 0;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (isSeparator(lines[i]) && i + 1 < lines.length && lines[i + 1].startsWith(SOURCE_PREFIX)) {
                if (source != null) {
                    chunks.add(new RenderedChunk(source, body.toString(), firstLine));
                }
                source = lines[i + 1].substring(SOURCE_PREFIX.length()).strip();
                firstLine = i + 3;
                body.setLength(0);
                i++;
                continue;
            }
            if (source == null && !lines[i].isBlank() && !isSeparator(lines[i])) {
                // Text before any marker: keep it rather than lose it, with an empty source.
                source = "";
                firstLine = i + 1;
            }
            if (source != null) {
                body.append(lines[i]);
                if (i + 1 < lines.length) {
                    body.append('\n');
                }
            }
        }
        if (source != null) {
            chunks.add(new RenderedChunk(source, body.toString(), firstLine));
        }
        return chunks;
    }

    private static boolean isSeparator(String line) {
        return line.stripTrailing().equals(SEPARATOR);
    }
}
