package dev.gitopslint.core.yaml;

import dev.gitopslint.core.source.Position;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A mapping in source order. Keys are unique: the loader keeps the last of duplicated keys, as Helm does. */
public final class YamlMap extends PlacedNode implements YamlNode {

    /**
     * Up to this many entries a key is found by scanning the entries: faster than hashing for the small
     * maps that make up most documents, and without a hash table per map (a large share of the memory
     * of a loaded stream of many small objects).
     */
    private static final int SCAN_LIMIT = 8;

    private final List<YamlEntry> entries;
    private final Map<String, YamlEntry> byKey;
    private final long expandedSize;

    public YamlMap(List<YamlEntry> entries, Position position) {
        super(position.file(), position.line(), position.column());
        this.entries = List.copyOf(entries);
        this.byKey = this.entries.size() > SCAN_LIMIT ? new HashMap<>() : null;
        long size = 1;
        for (YamlEntry entry : this.entries) {
            if (byKey != null) {
                byKey.put(entry.name(), entry);
            }
            size = YamlSizes.add(size, entry.value().expandedSize() + 1);
        }
        this.expandedSize = size;
    }

    public List<YamlEntry> entries() {
        return entries;
    }

    public Optional<YamlNode> get(String key) {
        YamlEntry entry = find(key);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    public Optional<YamlEntry> entry(String key) {
        return Optional.ofNullable(find(key));
    }

    /** The last entry with this key (callers other than the loader may pass duplicates). */
    private YamlEntry find(String key) {
        if (byKey != null) {
            return byKey.get(key);
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            YamlEntry entry = entries.get(i);
            if (entry.name().equals(key)) {
                return entry;
            }
        }
        return null;
    }

    /** The string value at {@code key}, if it is a non-null scalar. */
    public Optional<String> text(String key) {
        return get(key).filter(YamlScalar.class::isInstance).map(n -> ((YamlScalar) n).asText());
    }

    public Optional<YamlMap> map(String key) {
        return get(key).filter(YamlMap.class::isInstance).map(YamlMap.class::cast);
    }

    public Optional<YamlSeq> seq(String key) {
        return get(key).filter(YamlSeq.class::isInstance).map(YamlSeq.class::cast);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }

    @Override
    public long expandedSize() {
        return expandedSize;
    }

    @Override
    public String toString() {
        Set<String> keys = new LinkedHashSet<>();
        entries.forEach(entry -> keys.add(entry.name()));
        return "YamlMap" + keys + "@" + position();
    }
}
