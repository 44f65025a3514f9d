package dev.gitopslint.core.yaml;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Measures YAML loading on its own (not a test): loads one file several times in this JVM and prints
 * the CPU time of each pass and the heap the loaded result keeps. Usage, from linter-core after
 * {@code mvn test-compile}:
 * <pre>
 * java -cp target/classes:target/test-classes:&lt;runtime class path&gt; \
 *     dev.gitopslint.core.yaml.YamlLoadBenchmark FILE [passes=3] [threads=1]
 * </pre>
 */
public final class YamlLoadBenchmark {

    private YamlLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        byte[] bytes = Files.readAllBytes(file);
        // With more than one thread, large streams are composed in parts on a pool (this thread helps).
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1) : null;
        YamlLoader loader = new YamlLoader(YamlLimits.defaults().withMaxFileBytes(Long.MAX_VALUE), pool);
        YamlFile loaded = null;
        for (int pass = 1; pass <= passes; pass++) {
            loaded = null;
            System.gc();
            long heapBefore = usedHeap();
            long cpu = processCpuNanos();
            long wall = System.nanoTime();
            loaded = loader.load(file.getFileName().toString(), bytes);
            long cpuMs = (processCpuNanos() - cpu) / 1_000_000;
            long wallMs = (System.nanoTime() - wall) / 1_000_000;
            System.gc();
            System.out.printf("pass %d: %d documents, %d ms wall, %d ms CPU (process, GC included), %d MB kept%n", pass,
                    loaded.documents().size(), wallMs, cpuMs, (usedHeap() - heapBefore) >> 20);
        }
        System.out.println(loaded.problems().isEmpty() ? "no problems" : loaded.problems().get(0).message());
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
