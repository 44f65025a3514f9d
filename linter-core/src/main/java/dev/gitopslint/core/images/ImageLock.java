package dev.gitopslint.core.images;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The image lock: one {@link LockEntry} per image reference, keyed by the fully-qualified reference
 * so that {@code nginx:1.25} and {@code docker.io/library/nginx:1.25} are one entry. Entries read
 * from a file remember their line.
 */
public final class ImageLock {

    /** Where the lock lives, relative to the repository root. */
    public static final String DEFAULT_PATH = ".gitops-lint/images.lock.yaml";

    /** The format version written in the file. */
    public static final int FORMAT_VERSION = 1;

    private final Map<ImageReference, LockEntry> entries;
    private final Map<ImageReference, Integer> lines;

    private ImageLock(Map<ImageReference, LockEntry> entries, Map<ImageReference, Integer> lines) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
        this.lines = Map.copyOf(lines);
    }

    public static ImageLock empty() {
        return new ImageLock(Map.of(), Map.of());
    }

    /** A lock of these entries; a later entry for the same reference replaces an earlier one. */
    public static ImageLock of(Collection<LockEntry> entries) {
        Map<ImageReference, LockEntry> map = new TreeMap<>();
        for (LockEntry entry : entries) {
            map.put(entry.image(), entry);
        }
        return new ImageLock(map, Map.of());
    }

    static ImageLock withLines(Map<ImageReference, LockEntry> entries, Map<ImageReference, Integer> lines) {
        return new ImageLock(entries, lines);
    }

    /** The entries, sorted by reference. */
    public List<LockEntry> entries() {
        return List.copyOf(entries.values());
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The entry of exactly this reference. */
    public Optional<LockEntry> get(ImageReference reference) {
        return Optional.ofNullable(entries.get(reference));
    }

    /**
     * The entry for {@code reference}: the exact reference, or else, for a reference pinned by
     * digest, an entry of the same repository that resolved to that digest.
     */
    public Optional<LockEntry> find(ImageReference reference) {
        LockEntry exact = entries.get(reference);
        if (exact != null || reference.digest().isEmpty()) {
            return Optional.ofNullable(exact);
        }
        Digest digest = reference.digest().get();
        return entries.values().stream()
                .filter(e -> e.image().name().equals(reference.name()) && e.digest().equals(digest))
                .findFirst();
    }

    /** The 1-based line of the entry's key in the file it was read from; empty when not read from a file. */
    public OptionalInt lineOf(ImageReference reference) {
        Integer line = lines.get(reference);
        return line == null ? OptionalInt.empty() : OptionalInt.of(line);
    }

    /** This lock with {@code entry} added or replaced. */
    public ImageLock with(LockEntry entry) {
        Map<ImageReference, LockEntry> copy = new TreeMap<>(entries);
        copy.put(entry.image(), Objects.requireNonNull(entry, "entry"));
        return new ImageLock(copy, lines);
    }

    /** Equal when the entries are equal; lines do not count. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ImageLock other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "ImageLock" + entries.values();
    }
}
