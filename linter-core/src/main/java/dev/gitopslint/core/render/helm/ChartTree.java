package dev.gitopslint.core.render.helm;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A chart read into memory the way Helm's loader sees it: its own files, and each entry of
 * {@code charts/} as a subchart (a directory, or a {@code .tgz} archive). Entries of {@code charts/}
 * whose name starts with {@code _} or {@code .}, and plain files there, stay ordinary files.
 *
 * @param directory the chart's directory on disk; null for a chart read from an archive
 * @param files     the chart's files outside its subcharts, by path relative to the chart, sorted
 */
record ChartTree(Path directory, Map<String, byte[]> files, List<Subchart> subcharts,
                 Optional<ChartMetadata> metadata) {

    /** An entry of {@code charts/}: {@code entry} is its file or directory name. */
    record Subchart(String entry, byte[] archive, ChartTree chart) {

        boolean isArchive() {
            return archive != null;
        }
    }

    static ChartTree read(Path directory) throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory, FileVisitOption.FOLLOW_LINKS)) {
            // A chart at the root of a checkout must not drag the git database into memory.
            Iterable<Path> files = walk.filter(Files::isRegularFile)
                    .filter(file -> !directory.relativize(file).startsWith(".git"))
                    .sorted()::iterator;
            for (Path file : files) {
                all.put(relative(directory, file), Files.readAllBytes(file));
            }
        }
        return build(directory, all);
    }

    static ChartTree readArchive(byte[] archive) throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        for (Map.Entry<String, byte[]> entry : TarGz.read(archive).entrySet()) {
            String name = entry.getKey();
            int slash = name.indexOf('/');
            if (slash > 0 && slash < name.length() - 1) {
                all.put(name.substring(slash + 1), entry.getValue());
            }
        }
        return build(null, all);
    }

    private static ChartTree build(Path directory, Map<String, byte[]> all) throws IOException {
        Map<String, byte[]> own = new TreeMap<>();
        Map<String, Map<String, byte[]>> subdirectories = new TreeMap<>();
        Map<String, byte[]> archives = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : all.entrySet()) {
            String path = file.getKey();
            if (path.startsWith("charts/")) {
                String rest = path.substring("charts/".length());
                int slash = rest.indexOf('/');
                String entry = slash < 0 ? rest : rest.substring(0, slash);
                boolean ignored = entry.startsWith("_") || entry.startsWith(".");
                if (!ignored && slash > 0) {
                    subdirectories.computeIfAbsent(entry, e -> new TreeMap<>()).put(rest.substring(slash + 1), file.getValue());
                    continue;
                }
                if (!ignored && slash < 0 && entry.endsWith(".tgz")) {
                    archives.put(entry, file.getValue());
                    continue;
                }
            }
            own.put(path, file.getValue());
        }
        List<Subchart> subcharts = new ArrayList<>();
        for (Map.Entry<String, Map<String, byte[]>> sub : subdirectories.entrySet()) {
            Path subDirectory = directory == null ? null : directory.resolve("charts").resolve(sub.getKey());
            subcharts.add(new Subchart(sub.getKey(), null, build(subDirectory, sub.getValue())));
        }
        for (Map.Entry<String, byte[]> archive : archives.entrySet()) {
            subcharts.add(new Subchart(archive.getKey(), archive.getValue(), readArchiveOrEmpty(archive.getValue())));
        }
        subcharts.sort(Comparator.comparing(Subchart::entry));
        return new ChartTree(directory, own, subcharts,
                ChartMetadata.parse(own.get(ChartMetadata.CHART_FILE), own.get(ChartMetadata.REQUIREMENTS_FILE)));
    }

    /** An unreadable archive is kept as it is: Helm reports the problem when it loads it. */
    private static ChartTree readArchiveOrEmpty(byte[] archive) {
        try {
            return readArchive(archive);
        } catch (IOException unreadable) {
            return new ChartTree(null, Map.of(), List.of(), Optional.empty());
        }
    }

    /** Files under {@code crds/} that Helm installs as CRDs (.yaml, .yml, .json). */
    List<String> crdFiles() {
        List<String> crds = new ArrayList<>();
        for (String path : files.keySet()) {
            String lower = path.toLowerCase(Locale.ROOT);
            if (path.startsWith("crds/") && (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json"))) {
                crds.add(path);
            }
        }
        return crds;
    }

    /** Declared {@code file://} dependencies that no subchart of this chart provides. */
    List<ChartMetadata.Dependency> unvendoredLocalDependencies() {
        List<ChartMetadata.Dependency> missing = new ArrayList<>();
        for (ChartMetadata.Dependency dependency : metadata.map(ChartMetadata::dependencies).orElse(List.of())) {
            if (dependency.isLocalPath() && providing(dependency.name()).isEmpty()) {
                missing.add(dependency);
            }
        }
        return missing;
    }

    /** The subchart whose Chart.yaml name is {@code name}, as Helm matches dependencies. */
    Optional<Subchart> providing(String name) {
        return subcharts.stream()
                .filter(sub -> sub.chart().metadata().map(m -> name.equals(m.name())).orElse(false))
                .findFirst();
    }

    boolean containsHookKey() {
        return files.values().stream().anyMatch(HookMask::containsKey)
                || subcharts.stream().anyMatch(sub -> sub.chart().containsHookKey());
    }

    boolean containsCrds() {
        return !crdFiles().isEmpty() || subcharts.stream().anyMatch(sub -> sub.chart().containsCrds());
    }

    boolean hasUnvendoredLocalDependencies() {
        return !unvendoredLocalDependencies().isEmpty()
                || subcharts.stream().anyMatch(sub -> sub.chart().hasUnvendoredLocalDependencies());
    }

    /** Whether rendering needs a modified copy of this chart rather than the chart itself. */
    boolean needsPreparedCopy(boolean includeCrds) {
        return containsHookKey() || (includeCrds && containsCrds()) || hasUnvendoredLocalDependencies()
                || hasRemoteSchemaReferences();
    }

    /**
     * A values.schema.json with {@code $ref}s to http(s) URLs: Helm would fetch them while rendering.
     * Rendering is offline, so the prepared copy leaves such a schema out (the values-schema rule still
     * checks the values, without fetching).
     */
    boolean hasRemoteSchemaReferences() {
        return referencesRemoteSchemas(files().get(VALUES_SCHEMA))
                || subcharts.stream().anyMatch(sub -> sub.chart().hasRemoteSchemaReferences());
    }

    static final String VALUES_SCHEMA = "values.schema.json";

    static boolean referencesRemoteSchemas(byte[] schema) {
        if (schema == null) {
            return false;
        }
        String text = new String(schema, java.nio.charset.StandardCharsets.UTF_8);
        return java.util.regex.Pattern.compile("\"\\$ref\"\\s*:\\s*\"https?://").matcher(text).find();
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
