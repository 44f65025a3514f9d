package dev.gitopslint.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the inputs of the benchmarks in {@code benchmarks/run.sh} (see docs/benchmarks.md):
 * <pre>
 * repo   --components N --out DIR   an Argo CD repository of the reference shape, N components x 4 environments
 * stream --objects N    --out DIR   one YAML file holding N small ReplicationControllers
 * corpus --files N      --out DIR   N files of mixed kinds (workloads, services, config, custom resources)
 * </pre>
 * The output folder is created; it must not exist yet, so that no stale file skews a run.
 */
public final class BenchmarkData {

    private BenchmarkData() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args.length % 2 == 0) {
            usage("expected a data set name followed by --option value pairs");
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Path out = Path.of(option(options, "--out", null));
        if (Files.exists(out)) {
            usage(out + " exists: choose a new folder");
        }
        GeneratedTree tree = new GeneratedTree(out);
        long start = System.nanoTime();
        switch (args[0]) {
            case "repo" -> new SyntheticArgoRepository(count(options, "--components", 200)).writeTo(tree);
            case "stream" -> new ReplicationControllerStream(count(options, "--objects", 100_000)).writeTo(tree);
            case "corpus" -> new MixedManifestCorpus(count(options, "--files", 10_000)).writeTo(tree);
            default -> usage("unknown data set " + args[0]);
        }
        System.out.printf("%s: %d files written to %s in %d ms%n", args[0], tree.files(), out,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static int count(Map<String, String> options, String name, int fallback) {
        return Integer.parseInt(option(options, name, Integer.toString(fallback)));
    }

    private static String option(Map<String, String> options, String name, String fallback) {
        String value = options.getOrDefault(name, fallback);
        if (value == null) {
            usage("missing " + name);
        }
        return value;
    }

    private static void usage(String problem) {
        System.err.println("benchmark data: " + problem);
        System.err.println("usage: BenchmarkData repo --components N --out DIR | stream --objects N --out DIR"
                + " | corpus --files N --out DIR");
        System.exit(2);
    }
}
