package dev.gitopslint.core.render.helm;

import java.time.Duration;

/**
 * Time spent inside Helm's native calls, two ways: summed over the threads that make them (Helm's share
 * of the CPU), and the wall-clock time during which at least one thread is inside Helm (how much of a
 * run Helm keeps busy). The benchmarks report both.
 */
final class NativeClock {

    private long summedNanos;
    private long busyNanos;
    private int inside;
    private long busySince;

    /** Marks the start of a native call; returns the time to pass to {@link #leave}. */
    synchronized long enter() {
        long now = System.nanoTime();
        if (inside++ == 0) {
            busySince = now;
        }
        return now;
    }

    /** Marks the end of the call that {@link #enter} started at {@code start}; returns its duration. */
    synchronized Duration leave(long start) {
        long now = System.nanoTime();
        summedNanos += now - start;
        if (--inside == 0) {
            busyNanos += now - busySince;
        }
        return Duration.ofNanos(now - start);
    }

    synchronized Duration summed() {
        return Duration.ofNanos(summedNanos);
    }

    /** Busy time so far, the call in progress included. */
    synchronized Duration busy() {
        return Duration.ofNanos(busyNanos + (inside > 0 ? System.nanoTime() - busySince : 0));
    }
}
