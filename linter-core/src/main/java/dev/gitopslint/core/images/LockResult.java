package dev.gitopslint.core.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The outcome of locking a set of images: the entries resolved and the images that failed, both sorted. */
public record LockResult(ImageLock lock, List<ImageFailure> failures) {

    public LockResult {
        failures = failures.stream().sorted().toList();
    }

    /** Every image resolved. */
    public boolean isComplete() {
        return failures.isEmpty();
    }

    /**
     * The resolved lock, where each failed image keeps its entry from {@code previous} (a registry
     * being down must not erase what is known), and images no longer used are dropped.
     */
    public ImageLock keepingPreviousFor(ImageLock previous) {
        List<LockEntry> entries = new ArrayList<>(lock.entries());
        for (ImageFailure failure : failures) {
            Optional<LockEntry> kept = previous.get(failure.image());
            kept.ifPresent(entries::add);
        }
        return ImageLock.of(entries);
    }
}
