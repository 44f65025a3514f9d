package dev.gitopslint.core.diagnostics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * CPU time of this process's threads by kind (workers, main, JIT compilers, garbage collector, and the
 * Go runtime's threads of the embedded Helm), read from Linux's /proc: the JVM does not report its own
 * compiler and collector threads. A thread the Go runtime starts takes the name of the Java thread that
 * called into Helm, so the Java threads that matter register their ids, and any other thread of the
 * same name is the Go runtime's. Empty where /proc is not available.
 */
final class ThreadCpu {

    static final String GO_RUNTIME = "Go runtime";
    private static final Set<String> JAVA_THREADS = ConcurrentHashMap.newKeySet();

    private ThreadCpu() {
    }

    /** Records the current thread as a Java thread (its Linux thread id). */
    static void registerCurrentThread() {
        currentThreadId().ifPresent(JAVA_THREADS::add);
    }

    /** Forgets the current thread, which is ending: Linux may give its id to a thread of the Go runtime. */
    static void unregisterCurrentThread() {
        currentThreadId().ifPresent(JAVA_THREADS::remove);
    }

    private static Optional<String> currentThreadId() {
        try {
            Path self = Files.readSymbolicLink(Path.of("/proc/thread-self")); // "<pid>/task/<tid>"
            return Optional.of(self.getFileName().toString());
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty(); // no /proc: the Go runtime's threads count as the thread they are named after
        }
    }

    static Map<String, Long> byKind() {
        Map<String, Long> millis = new TreeMap<>();
        long ticksPerSecond = 100; // USER_HZ, 100 on every Linux the JDK runs on
        String process = String.valueOf(ProcessHandle.current().pid());
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close);
                    String[] fields = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
                    String id = task.getFileName().toString();
                    millis.merge(kind(name, id, process), ticks * 1000 / ticksPerSecond, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return millis;
    }

    private static String kind(String name, String id, String process) {
        boolean nameGoThreadsInherit = name.startsWith("gitops-lint-wor") || name.equals("java");
        if (nameGoThreadsInherit && !JAVA_THREADS.isEmpty() && !JAVA_THREADS.contains(id) && !id.equals(process)) {
            return GO_RUNTIME;
        }
        if (name.startsWith("gitops-lint-wor")) {
            return "workers";
        }
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "JIT compiler";
        }
        if (name.startsWith("GC Thread") || name.startsWith("VM Thread") || name.startsWith("G1 ")) {
            return "GC and VM";
        }
        if (name.equals("java")) {
            return "main";
        }
        return "other";
    }
}
