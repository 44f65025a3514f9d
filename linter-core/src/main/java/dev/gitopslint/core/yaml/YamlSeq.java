package dev.gitopslint.core.yaml;

import dev.gitopslint.core.source.Position;
import java.util.List;

/** A sequence in source order. */
public final class YamlSeq extends PlacedNode implements YamlNode {

    private final List<YamlNode> items;
    private final long expandedSize;

    public YamlSeq(List<YamlNode> items, Position position) {
        super(position.file(), position.line(), position.column());
        this.items = List.copyOf(items);
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
    public long expandedSize() {
        return expandedSize;
    }

    @Override
    public String toString() {
        return "YamlSeq[" + items.size() + "]@" + position();
    }
}
