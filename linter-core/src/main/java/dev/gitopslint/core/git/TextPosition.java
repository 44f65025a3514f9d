package dev.gitopslint.core.git;

/** A 1-based line and column in a text file. */
public record TextPosition(int line, int column) {

    /** The start of a file, used when a problem concerns the file as a whole. */
    public static final TextPosition START = new TextPosition(1, 1);

    public TextPosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }
}
