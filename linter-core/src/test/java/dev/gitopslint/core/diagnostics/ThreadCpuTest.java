package dev.gitopslint.core.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

@EnabledOnOs(OS.LINUX)
class ThreadCpuTest {

    /**
     * The Go runtime names its threads after the Java thread that called into Helm: a thread with a
     * worker's name that never registered is counted as the Go runtime's, a registered one as a worker.
     */
    @Test
    void aThreadNamedLikeAWorkerThatDidNotRegisterIsTheGoRuntimes() throws Exception {
        CountDownLatch measured = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(2);
        Thread registered = spin("gitops-lint-worker", true, busy, measured);
        Thread unregistered = spin("gitops-lint-worker", false, busy, measured);
        try {
            assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
            Map<String, Long> byKind = ThreadCpu.byKind();

            assertThat(byKind.getOrDefault(ThreadCpu.GO_RUNTIME, 0L)).isGreaterThanOrEqualTo(100);
            assertThat(byKind.getOrDefault("workers", 0L)).isGreaterThanOrEqualTo(100);
        } finally {
            measured.countDown();
            registered.join();
            unregistered.join();
        }
    }

    /** A thread that registers (or not), uses about 200 ms of CPU, then waits until it has been measured. */
    private static Thread spin(String name, boolean register, CountDownLatch busy, CountDownLatch measured) {
        Thread thread = new Thread(() -> {
            if (register) {
                ThreadCpu.registerCurrentThread();
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long until = threads.getCurrentThreadCpuTime() + TimeUnit.MILLISECONDS.toNanos(200);
            long sink = 0;
            while (threads.getCurrentThreadCpuTime() < until) {
                sink += sink * 31 + 7;
            }
            busy.countDown();
            try {
                measured.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (sink == 42) {
                System.out.print(""); // keeps the loop from being optimised away
            }
        }, name);
        thread.start();
        return thread;
    }
}
