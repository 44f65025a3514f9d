package dev.gitopslint.core.yaml;

import dev.gitopslint.core.source.Position;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A mapping in source order. Keys are unique: the loader keeps the last of duplicated keys, as Helm does. */
public final class YamlMap implements YamlNode {

    private final List<YamlEntry> entries;
    private final Map<String, YamlEntry> byKey;
    private final Position position;
    private final long expandedSize;

    public YamlMap(List<YamlEntry> entries, Position position) {
        this.entries = List.copyOf(entries);
        this.position = position;
        this.byKey = new LinkedHashMap<>();
        long size = 1;
        for (YamlEntry entry : this.entries) {
            byKey.put(entry.name(), entry);
            size = YamlSizes.add(size, entry.value().expandedSize() + 1);
        }
        this.expandedSize = size;
    }

    public List<YamlEntry> entries() {
        return entries;
    }

    public Optional<YamlNode> get(String key) {
        YamlEntry entry = byKey.get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    public Optional<YamlEntry> entry(String key) {
        return Optional.ofNullable(byKey.get(key));
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
    public Position position() {
        return position;
    }

    @Override
    public long expandedSize() {
        return expandedSize;
    }

    @Override
    public String toString() {
        return "YamlMap" + byKey.keySet() + "@" + position;
    }
}
