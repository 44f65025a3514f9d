package dev.gitopslint.core.source;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a repository file: the path relative to the repository root with {@code /} separators,
 * and a 1-based line and column. Line 0 means "the file as a whole".
 */
public record Position(String file, int line, int column) implements Comparable<Position> {

    private static final Comparator<Position> ORDER = Comparator.comparing(Position::file)
            .thenComparingInt(Position::line)
            .thenComparingInt(Position::column);

    public Position {
        Objects.requireNonNull(file, "file");
    }

    public static Position ofFile(String file) {
        return new Position(file, 0, 0);
    }

    public Position withFile(String otherFile) {
        return new Position(otherFile, line, column);
    }

    @Override
    public int compareTo(Position other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
