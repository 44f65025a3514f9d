package dev.gitopslint.core.diagnostics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of this process's threads by kind (workers, main, JIT compilers, garbage collector, and the
 * Go runtime's threads of the embedded Helm), read from Linux's /proc: the JVM does not report its own
 * compiler and collector threads. Empty where /proc is not available.
 */
final class ThreadCpu {

    private ThreadCpu() {
    }

    static Map<String, Long> byKind() {
        Map<String, Long> millis = new TreeMap<>();
        long ticksPerSecond = 100; // USER_HZ, 100 on every Linux the JDK runs on
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close);
                    String[] fields = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
                    millis.merge(kind(name), ticks * 1000 / ticksPerSecond, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return millis;
    }

    private static String kind(String name) {
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
