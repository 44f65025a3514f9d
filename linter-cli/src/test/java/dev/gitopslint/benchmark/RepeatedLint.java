package dev.gitopslint.benchmark;

import dev.gitopslint.cli.GitOpsLintCommand;
import dev.gitopslint.core.diagnostics.StageTimings;
import dev.gitopslint.core.render.helm.HelmEngine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * Runs one gitops-lint command several times in one JVM and reports, per run, the wall-clock and CPU
 * time and Helm's part of each: Helm's CPU time (its calling threads' during the calls and the Go
 * runtime's own threads', against the process CPU time) and the time during which Helm is busy on at
 * least one thread (against the wall-clock time). Stage timings are on (standard error). The first run
 * pays the JVM's warm-up (class loading, interpreted code, JIT compilation) as a fresh process does;
 * the later runs show what the linter costs around Helm once its code is compiled.
 * <pre>
 * RepeatedLint RUNS COMMAND ARGS...     e.g. RepeatedLint 5 lint DIR --format json --output FILE
 * </pre>
 * The command's own output is dropped; its exit code is printed, and one above 1 (a usage or internal
 * error) ends the benchmark with that code.
 */
public final class RepeatedLint {

    private RepeatedLint() {
    }

    public static void main(String[] args) {
        // Before any class reads it: the stage timings also tell the Go runtime's threads apart.
        System.setProperty("gitopslint.timings", "true");
        if (args.length < 2) {
            System.err.println("usage: RepeatedLint RUNS COMMAND ARGS...");
            System.exit(2);
        }
        int runs = Integer.parseInt(args[0]);
        String[] command = Arrays.copyOfRange(args, 1, args.length);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%-4s %5s %8s %8s %10s %9s %14s %15s%n", "run", "exit", "wall_ms",
                "cpu_ms", "helm_cpu_ms", "helm_busy", "outside_cpu_%", "outside_wall_%");
        for (int run = 1; run <= runs; run++) {
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            long helm = StageTimings.helmCpu().toNanos();
            long busy = HelmEngine.nativeBusyTime().toNanos();
            int exit = GitOpsLintCommand.run(command, new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter()));
            double wallMs = (System.nanoTime() - wall) / 1e6;
            double cpuMs = (os.getProcessCpuTime() - cpu) / 1e6;
            double helmMs = (StageTimings.helmCpu().toNanos() - helm) / 1e6;
            double busyMs = (HelmEngine.nativeBusyTime().toNanos() - busy) / 1e6;
            System.out.printf(Locale.ROOT, "%-4d %5d %8.0f %8.0f %10.0f %9.0f %14.0f %15.0f%n", run, exit, wallMs,
                    cpuMs, helmMs, busyMs, percent(cpuMs - helmMs, cpuMs), percent(wallMs - busyMs, wallMs));
            if (exit > 1) {
                System.exit(exit);
            }
        }
    }

    private static double percent(double part, double whole) {
        return whole <= 0 ? 0 : 100 * part / whole;
    }
}
