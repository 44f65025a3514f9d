package dev.gitopslint.core.schema;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates many small ReplicationControllers, generated in memory, on a few threads and prints wall
 * time, CPU time and peak heap. Not a test; run it in a fresh JVM from the repository root:
 * <pre>mvn -q -pl linter-core -am test-compile dependency:build-classpath \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
 * java -cp linter-core/target/test-classes:linter-core/target/classes:$(cat linter-core/target/benchmark.classpath) \
 *     dev.gitopslint.core.schema.SchemaValidationBenchmark 100000 2</pre>
 * Arguments: number of objects (default 100000), threads (default 2).
 */
public final class SchemaValidationBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SchemaValidationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        long start = System.nanoTime();

        List<JsonNode> objects = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            objects.add(replicationController(i));
        }
        long generated = System.nanoTime();

        long cpuBeforeRegistry = THREADS.getCurrentThreadCpuTime();
        SchemaRegistry registry = SchemaRegistry.builder().build();
        SchemaValidator validator = new SchemaValidator(registry);
        long ready = System.nanoTime();
        long registryCpu = THREADS.getCurrentThreadCpuTime() - cpuBeforeRegistry;

        AtomicLong validationCpu = new AtomicLong();
        AtomicLong validationAllocated = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> results = new ArrayList<>();
        int slice = (count + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            List<JsonNode> part = objects.subList(Math.min(count, t * slice), Math.min(count, (t + 1) * slice));
            results.add(pool.submit(() -> {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long allocatedStart = allocatedBytes();
                int violations = 0;
                for (JsonNode object : part) {
                    violations += validator.validate(object).size();
                }
                validationCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuStart);
                validationAllocated.addAndGet(allocatedBytes() - allocatedStart);
                return violations;
            }));
        }
        int violations = 0;
        for (Future<Integer> result : results) {
            violations += result.get();
        }
        pool.shutdown();
        long validated = System.nanoTime();

        System.out.printf("objects: %,d on %d threads; violations: %,d (every 1000th object has one)%n", count, threads, violations);
        System.out.printf("generate: %,d ms; registry: %,d ms; validate: %,d ms (%.1f µs/object); total: %,d ms%n",
                millis(start, generated), millis(generated, ready), millis(ready, validated),
                (validated - ready) / 1000.0 / count, millis(start, validated));
        System.out.printf("CPU: registry %,d ms, validation (all threads, including the one compile) %,d ms%n",
                registryCpu / 1_000_000, validationCpu.get() / 1_000_000);
        System.out.printf("allocated while validating: %,d MiB (%,d bytes/object)%n",
                validationAllocated.get() / (1024 * 1024), validationAllocated.get() / count);
        System.out.printf("schemas compiled: %d; peak heap: %,d MiB (mostly the generated objects)%n",
                registry.compiledSchemaCount(), peakHeapMiB());
    }

    /** A small, valid ReplicationController; every 1000th has a string replica count. */
    private static JsonNode replicationController(int i) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode rc = nodes.objectNode();
        rc.put("apiVersion", "v1");
        rc.put("kind", "ReplicationController");
        ObjectNode metadata = rc.putObject("metadata");
        metadata.put("name", "rc-" + i);
        metadata.put("namespace", "bench");
        metadata.putObject("labels").put("app", "rc-" + i);
        ObjectNode spec = rc.putObject("spec");
        if (i % 1000 == 999) {
            spec.put("replicas", "2");
        } else {
            spec.put("replicas", 2);
        }
        spec.putObject("selector").put("app", "rc-" + i);
        ObjectNode template = spec.putObject("template");
        template.putObject("metadata").putObject("labels").put("app", "rc-" + i);
        ObjectNode container = template.putObject("spec").putArray("containers").addObject();
        container.put("name", "app");
        container.put("image", "registry.example.com/app:1." + (i % 50));
        container.putArray("ports").addObject().put("containerPort", 8080).put("name", "http");
        ObjectNode resources = container.putObject("resources");
        resources.putObject("requests").put("cpu", "100m").put("memory", "64Mi");
        resources.putObject("limits").put("memory", "128Mi");
        return rc;
    }

    /** Bytes this thread allocated so far (HotSpot), or 0 where the JVM does not tell. */
    private static long allocatedBytes() {
        return THREADS instanceof com.sun.management.ThreadMXBean hotSpot
                ? hotSpot.getThreadAllocatedBytes(Thread.currentThread().getId()) : 0;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
