package dev.gitopslint.core.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The drift between the lock on disk and what the registries say now: entries added, removed and
 * changed. Used by {@code images lock --check}, which reports and never writes.
 */
public record LockDiff(List<LockEntry> added, List<LockEntry> removed, List<Change> changed) {

    /** One reference whose digest, media type or platforms changed. */
    public record Change(LockEntry before, LockEntry after) {

        public Change {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        public ImageReference image() {
            return after.image();
        }

        /** E.g. {@code digest sha256:aa… -> sha256:bb…; platforms [linux/amd64] -> [linux/amd64, linux/arm64]}. */
        public String describe() {
            List<String> parts = new ArrayList<>();
            if (!before.digest().equals(after.digest())) {
                parts.add("digest " + before.digest() + " -> " + after.digest());
            }
            if (!before.mediaType().equals(after.mediaType())) {
                parts.add("mediaType " + before.mediaType() + " -> " + after.mediaType());
            }
            if (!before.platforms().equals(after.platforms())) {
                parts.add("platforms " + before.platforms() + " -> " + after.platforms());
            }
            return String.join("; ", parts);
        }
    }

    public LockDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** The changes that turn {@code onDisk} into {@code resolved}. */
    public static LockDiff between(ImageLock onDisk, ImageLock resolved) {
        List<LockEntry> added = new ArrayList<>();
        List<LockEntry> removed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (LockEntry now : resolved.entries()) {
            onDisk.get(now.image()).ifPresentOrElse(
                    before -> {
                        if (!before.equals(now)) {
                            changed.add(new Change(before, now));
                        }
                    },
                    () -> added.add(now));
        }
        for (LockEntry before : onDisk.entries()) {
            if (resolved.get(before.image()).isEmpty()) {
                removed.add(before);
            }
        }
        return new LockDiff(added, removed, changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** One line per difference, sorted by reference: {@code + ref}, {@code - ref}, {@code ~ ref: what}. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        added.forEach(e -> lines.add("+ " + e.image() + " " + e.digest() + " " + e.platforms()));
        removed.forEach(e -> lines.add("- " + e.image()));
        changed.forEach(c -> lines.add("~ " + c.image() + ": " + c.describe()));
        lines.sort((a, b) -> a.substring(2).compareTo(b.substring(2)));
        return lines;
    }
}
