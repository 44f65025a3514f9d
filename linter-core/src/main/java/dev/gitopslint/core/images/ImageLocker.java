package dev.gitopslint.core.images;

import dev.gitopslint.core.concurrent.InOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Resolves image references into lock entries, several at a time (bounded), collecting one failure
 * per image that could not be resolved instead of stopping. Each image takes at most a few requests,
 * each bounded by the client's timeouts, so the whole run is bounded too.
 */
public final class ImageLocker {

    public static final int DEFAULT_PARALLELISM = 8;

    /** One image's outcome: an entry or a failure. */
    private record Outcome(LockEntry entry, ImageFailure failure) {
    }

    private final RegistryClient client;
    private final int parallelism;

    public ImageLocker(RegistryClient client, int parallelism) {
        this.client = Objects.requireNonNull(client, "client");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        this.parallelism = parallelism;
    }

    public ImageLocker(RegistryClient client) {
        this(client, DEFAULT_PARALLELISM);
    }

    /** Resolves every distinct reference; the result is the same whatever the order or parallelism. */
    public LockResult lock(Collection<ImageReference> references) {
        List<ImageReference> distinct = new ArrayList<>(new TreeSet<>(references));
        if (distinct.isEmpty()) {
            return new LockResult(ImageLock.empty(), List.of());
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, distinct.size()), task -> {
            Thread thread = new Thread(task, "gitops-lint-image-lock-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<LockEntry> entries = new ArrayList<>();
            List<ImageFailure> failures = new ArrayList<>();
            for (Outcome value : InOrder.map(pool, distinct, this::resolveOne)) {
                if (value.entry() != null) {
                    entries.add(value.entry());
                } else {
                    failures.add(value.failure());
                }
            }
            return new LockResult(ImageLock.of(entries), failures);
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome resolveOne(ImageReference reference) {
        try {
            return new Outcome(client.resolve(reference).toLockEntry(reference), null);
        } catch (RegistryException e) {
            return new Outcome(null, new ImageFailure(reference, e.reason(), e.getMessage()));
        } catch (RuntimeException e) {
            // A registry answer this client did not foresee: one image fails, the others go on.
            return new Outcome(null, new ImageFailure(reference, RegistryException.Reason.PROTOCOL,
                    reference.familiarName() + ": unexpected answer from " + reference.registry() + ": " + e));
        }
    }
}
