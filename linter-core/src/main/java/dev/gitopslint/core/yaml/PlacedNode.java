package dev.gitopslint.core.yaml;

import dev.gitopslint.core.source.Position;
import java.util.Objects;

/**
 * Where a node was written, kept as file, line and column fields rather than a {@link Position} object:
 * a loaded stream of many small objects holds millions of nodes, and one object less per node is a large
 * share of the loader's memory and of the collector's work.
 */
abstract class PlacedNode {

    final String file;
    final int line;
    final int column;

    PlacedNode(String file, int line, int column) {
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
    }

    public Position position() {
        return new Position(file, line, column);
    }
}
