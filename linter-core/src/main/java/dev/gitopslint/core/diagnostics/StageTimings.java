package dev.gitopslint.core.diagnostics;

import dev.gitopslint.core.render.helm.HelmEngine;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Opt-in timing of a run's stages on standard error ({@code -Dgitopslint.timings=true}), for the
 * benchmarks in docs/benchmarks.md: wall and process CPU time per stage, and at exit the time since JVM
 * start, the time spent inside Helm's native calls, JIT compilation and garbage collection. Off by
 * default; then a stage costs one boolean test.
 */
public final class StageTimings {

    private static final boolean ENABLED = Boolean.getBoolean("gitopslint.timings");
    private static final PrintStream OUT = System.err;
    private static final AtomicBoolean EXIT_REPORT = new AtomicBoolean();
    private static volatile Map<String, Long> threadsAtEnd;

    private StageTimings() {
    }

    /** A stage's work, which may throw the caller's checked exception. */
    public interface Stage<T, E extends Exception> {
        T run() throws E;
    }

    public static boolean enabled() {
        return ENABLED;
    }

    public static <T, E extends Exception> T time(String stage, Stage<T, E> work) throws E {
        if (!ENABLED) {
            return work.run();
        }
        if (EXIT_REPORT.compareAndSet(false, true)) {
            ThreadCpu.registerCurrentThread();
            OUT.printf(Locale.ROOT, "[timings] %-22s %6d ms since JVM start%n", "first stage starts",
                    ManagementFactory.getRuntimeMXBean().getUptime());
            Runtime.getRuntime().addShutdownHook(new Thread(StageTimings::exitReport, "gitops-lint-timings"));
        }
        long wall = System.nanoTime();
        long cpu = processCpuNanos();
        long helm = HelmEngine.nativeTime().toNanos();
        try {
            return work.run();
        } finally {
            long inHelm = HelmEngine.nativeTime().toNanos() - helm;
            OUT.printf(Locale.ROOT, "[timings] %-22s %6d ms wall %6d ms CPU%s%n", stage,
                    (System.nanoTime() - wall) / 1_000_000, (processCpuNanos() - cpu) / 1_000_000,
                    inHelm == 0 ? "" : String.format(Locale.ROOT, " %6d ms inside Helm", inHelm / 1_000_000));
        }
    }

    private static void exitReport() {
        long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
        long jit = ManagementFactory.getCompilationMXBean() == null ? -1
                : ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        OUT.printf(Locale.ROOT, "[timings] %-22s %6d ms since JVM start, %d ms process CPU%n", "exit",
                ManagementFactory.getRuntimeMXBean().getUptime(), processCpuNanos() / 1_000_000);
        OUT.printf(Locale.ROOT, "[timings] %-22s %6d ms (summed over threads; native library load %d ms)%n",
                "inside Helm", HelmEngine.nativeTime().toMillis(), HelmEngine.nativeLoadTime().toMillis());
        OUT.printf(Locale.ROOT, "[timings] %-22s %6d ms (wall-clock time with at least one thread inside Helm)%n",
                "Helm busy", HelmEngine.nativeBusyTime().toMillis());
        Map<String, Long> threads = threadsAtEnd != null ? threadsAtEnd : ThreadCpu.byKind();
        long process = processCpuNanos() / 1_000_000;
        long helmCpu = helmCpu(threads).toMillis();
        OUT.printf(Locale.ROOT, "[timings] %-22s %6d ms CPU (%d ms of the threads calling it, the rest on the Go "
                + "runtime's own threads): %d%% of the process CPU outside Helm%n", "Helm CPU", helmCpu,
                HelmEngine.nativeCpuTime().toMillis(), process == 0 ? 0 : 100 * (process - helmCpu) / process);
        OUT.printf(Locale.ROOT, "[timings] %-22s %6d ms JIT compilation, %d ms GC pauses%n", "JVM", jit, gc);
        threads.forEach((kind, millis) -> OUT.printf(Locale.ROOT, "[timings] %-22s %6d ms CPU%n",
                "threads: " + kind, millis));
    }

    /**
     * Helm's CPU time so far: its calling threads' during the calls, and all of the Go runtime's own
     * threads' (only told apart from the linter's threads when timings are on).
     */
    public static Duration helmCpu() {
        return helmCpu(ThreadCpu.byKind());
    }

    private static Duration helmCpu(Map<String, Long> threads) {
        return HelmEngine.nativeCpuTime().plusMillis(threads.getOrDefault(ThreadCpu.GO_RUNTIME, 0L));
    }

    /**
     * Runs {@code work} on the current thread marked as one of the linter's own, for the CPU time by kind
     * of thread.
     */
    public static void runAsLinterThread(Runnable work) {
        if (!ENABLED) {
            work.run();
            return;
        }
        ThreadCpu.registerCurrentThread();
        try {
            work.run();
        } finally {
            ThreadCpu.unregisterCurrentThread();
        }
    }

    /**
     * Records the CPU time of the threads by kind now, before the worker pool ends (the exit report
     * could not see the threads that have ended).
     */
    public static void recordThreads() {
        if (ENABLED) {
            threadsAtEnd = ThreadCpu.byKind();
        }
    }

    private static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean hotspot ? hotspot.getProcessCpuTime() : 0;
    }
}
