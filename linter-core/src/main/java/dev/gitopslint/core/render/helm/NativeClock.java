package dev.gitopslint.core.render.helm;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * Time spent inside Helm's native calls, three ways: wall-clock time summed over the threads that make
 * them, the CPU time of those threads during the calls, and the wall-clock time during which at least
 * one thread is inside Helm (how much of a run Helm keeps busy). The benchmarks report them.
 */
final class NativeClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private long summedNanos;
    private long cpuNanos;
    private long busyNanos;
    private int inside;
    private long busySince;

    /** The start of a native call on the current thread, to pass to {@link #leave}. */
    record Start(long wall, long cpu) {
    }

    /** Marks the start of a native call on the current thread. */
    Start enter() {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long now = System.nanoTime();
        synchronized (this) {
            if (inside++ == 0) {
                busySince = now;
            }
        }
        return new Start(now, cpu);
    }

    /** Marks the end of the call that {@link #enter} started, on the same thread; returns its duration. */
    Duration leave(Start start) {
        long now = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        synchronized (this) {
            summedNanos += now - start.wall();
            cpuNanos += cpu - start.cpu();
            if (--inside == 0) {
                busyNanos += now - busySince;
            }
        }
        return Duration.ofNanos(now - start.wall());
    }

    synchronized Duration summed() {
        return Duration.ofNanos(summedNanos);
    }

    /** CPU time of the calling threads inside the calls (Go's own threads not included). */
    synchronized Duration cpu() {
        return Duration.ofNanos(cpuNanos);
    }

    /** Busy time so far, the call in progress included. */
    synchronized Duration busy() {
        return Duration.ofNanos(busyNanos + (inside > 0 ? System.nanoTime() - busySince : 0));
    }
}
