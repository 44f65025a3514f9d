package dev.gitopslint.schemas.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bundles a CRDs-catalog tree ({@code <group>/<lowercase kind>_<version>.json}) as one gzip'd, compacted
 * schema per kind plus an index {@code {"entries": {"<group>/<version>/<lowercase kind>": "<file>"}}}.
 * One file per kind (rather than one file for all) lets the validator load only the kinds a
 * repository uses: the catalog holds a few very large schemas (Argo Workflows, Prometheus) that
 * most repositories never need in memory.
 */
final class CrdCatalogGenerator {

    private static final Pattern FILE_NAME = Pattern.compile("([a-z0-9.-]+)_([a-z0-9]+)\\.json");

    private final SchemaCompactor compactor = new SchemaCompactor(ref -> {
        throw new IllegalStateException("catalog schemas are expected to be self-contained, found $ref " + ref);
    });

    /** Writes the catalog under {@code outDir} and returns the index. */
    ObjectNode generate(Path catalogDir, Path outDir) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        for (Path file : schemaFiles(catalogDir)) {
            String group = file.getParent().getFileName().toString();
            Matcher name = FILE_NAME.matcher(file.getFileName().toString());
            if (!name.matches()) {
                throw new IllegalStateException("unexpected catalog file name " + file);
            }
            String kind = name.group(1).toLowerCase(Locale.ROOT);
            String version = name.group(2);
            String relative = group + "/" + kind + "_" + version + ".json.gz";
            Json.writeGzip(outDir.resolve(relative), compactor.compact(Json.read(file)));
            entries.put(group + "/" + version + "/" + kind, relative);
        }
        ObjectNode index = JsonNodeFactory.instance.objectNode();
        ObjectNode map = index.putObject("entries");
        entries.forEach(map::put);
        return index;
    }

    private static List<Path> schemaFiles(Path catalogDir) throws IOException {
        try (Stream<Path> files = Files.walk(catalogDir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}
