package dev.gitopslint.schemas.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Regenerates the bundled data of the {@code schemas} module from the upstream copies:
 * <pre>mvn -q -pl schemas compile exec:java \
 *     -Dexec.args="../shared/upstream schemas/src/main/resources/dev/gitopslint/schemas"</pre>
 * The first argument is the upstream folder (with {@code kubernetes-openapi-v3/<minor>},
 * {@code crd-schemas}, {@code kubernetes-gvk-index.json} and {@code pluto-versions.yaml}); the second
 * is the resource folder to (re)write. Only the generated files are replaced; {@code PROVENANCE.md}
 * is maintained by hand.
 */
public final class GenerateSchemas {

    private GenerateSchemas() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateSchemas <upstream dir> <output resource dir>");
        }
        Path upstream = Path.of(args[0]);
        Path out = Path.of(args[1]);
        for (String required : List.of("kubernetes-openapi-v3", "crd-schemas", "kubernetes-gvk-index.json", "pluto-versions.yaml")) {
            if (!Files.exists(upstream.resolve(required))) {
                throw new IllegalArgumentException("missing " + upstream.toAbsolutePath().resolve(required));
            }
        }
        generateKubernetes(upstream.resolve("kubernetes-openapi-v3"), out.resolve("kubernetes"));
        generateCatalog(upstream.resolve("crd-schemas"), out.resolve("crd-catalog"));
        Json.writePretty(out.resolve("api-lifecycle.json"), new ApiLifecycleGenerator()
                .generate(upstream.resolve("kubernetes-gvk-index.json"), upstream.resolve("pluto-versions.yaml")));
        report(out);
    }

    private static void generateKubernetes(Path source, Path out) throws IOException {
        deleteTree(out);
        KubernetesBundleGenerator generator = new KubernetesBundleGenerator();
        ObjectNode index = JsonNodeFactory.instance.objectNode();
        ArrayNode versions = index.putArray("versions");
        for (Path minorDir : minorDirs(source)) {
            String minor = minorDir.getFileName().toString();
            Json.writeGzip(out.resolve(minor + ".json.gz"), generator.generate(minor, minorDir));
            versions.add(minor);
        }
        Json.writePretty(out.resolve("index.json"), index);
    }

    private static void generateCatalog(Path source, Path out) throws IOException {
        deleteTree(out);
        ObjectNode index = new CrdCatalogGenerator().generate(source, out);
        Json.writePretty(out.resolve("index.json"), index);
    }

    private static List<Path> minorDirs(Path source) throws IOException {
        try (Stream<Path> dirs = Files.list(source)) {
            return dirs.filter(Files::isDirectory)
                    .sorted(Comparator.comparingInt(dir -> minorNumber(dir.getFileName().toString())))
                    .toList();
        }
    }

    private static int minorNumber(String minor) {
        String[] parts = minor.split("\\.");
        if (parts.length != 2) {
            throw new IllegalStateException("expected a <major>.<minor> folder, found " + minor);
        }
        return Integer.parseInt(parts[0]) * 1000 + Integer.parseInt(parts[1]);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void report(Path out) throws IOException {
        long total = 0;
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                total += Files.size(file);
            }
        }
        System.out.printf("bundled data under %s: %,d bytes%n", out, total);
    }
}
