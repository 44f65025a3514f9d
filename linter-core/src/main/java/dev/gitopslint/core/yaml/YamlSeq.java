package dev.gitopslint.core.yaml;

import dev.gitopslint.core.source.Position;
import java.util.List;

/** A sequence in source order. */
public final class YamlSeq implements YamlNode {

    private final List<YamlNode> items;
    // The place as fields, not a Position object: see YamlScalar.
    private final String file;
    private final int line;
    private final int column;
    private final long expandedSize;

    public YamlSeq(List<YamlNode> items, Position position) {
        this.items = List.copyOf(items);
        this.file = position.file();
        this.line = position.line();
        this.column = position.column();
        long size = 1;
        for (YamlNode item : this.items) {
            size = YamlSizes.add(size, item.expandedSize());
        }
        this.expandedSize = size;
    }

    public List<YamlNode> items() {
        return items;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int size() {
        return items.size();
    }

    @Override
    public Position position() {
        return new Position(file, line, column);
    }

    @Override
    public long expandedSize() {
        return expandedSize;
    }

    @Override
    public String toString() {
        return "YamlSeq[" + items.size() + "]@" + position();
    }
}
