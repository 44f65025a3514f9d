package dev.gitopslint.core.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Parallel work whose results come back in the order it was handed out, whatever order it finishes
 * in, so that a run's output never depends on thread scheduling. A task's unchecked exception reaches
 * the caller as it was thrown; anything else a task throws (an {@link Error} such as running out of
 * memory) arrives wrapped in an {@link IllegalStateException}, which the entry points report as an
 * internal error.
 */
public final class InOrder {

    private InOrder() {
    }

    /**
     * {@code task} applied to every item on {@code executor}. The caller waits, so it must not be one of
     * the executor's own threads.
     */
    public static <T, R> List<R> map(ExecutorService executor, List<T> items, Function<T, R> task) {
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(executor.submit(() -> task.apply(item)));
        }
        List<R> results = new ArrayList<>(items.size());
        for (Future<R> future : futures) {
            results.add(await(future));
        }
        return results;
    }

    /** The task's result, or its exception rethrown (unchecked ones as they are). */
    public static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for parallel work", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new IllegalStateException("parallel work failed: " + e.getCause(), e.getCause());
        }
    }
}
