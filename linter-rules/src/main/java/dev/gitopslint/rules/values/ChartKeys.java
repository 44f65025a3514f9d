package dev.gitopslint.rules.values;

import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.values.MergedValues;
import dev.gitopslint.core.workspace.Chart;
import dev.gitopslint.core.workspace.Workspace;
import dev.gitopslint.core.yaml.YamlDocument;
import dev.gitopslint.core.yaml.YamlEntry;
import dev.gitopslint.core.yaml.YamlMap;
import dev.gitopslint.core.yaml.YamlNode;
import dev.gitopslint.core.yaml.YamlScalar;
import dev.gitopslint.core.yaml.YamlSeq;
import dev.gitopslint.core.yaml.YamlWalker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds what a chart in the repository can read ({@link ReadableKeys}): its values.yaml, what its
 * templates reference, what its values.schema.json declares, {@code global}, the conditions and tags of
 * its dependencies, and each subchart's own keys under the subchart's name (or alias). A library
 * subchart's templates run with the parent's values, so their references count at the top. Whatever
 * cannot be inspected (a packaged or missing dependency, a template that renders chart files with
 * {@code tpl}) makes the chart read everything: the caller then cannot call any key unused.
 */
final class ChartKeys {

    private static final int MAX_NESTING = 8;

    private final Workspace workspace;

    private ChartKeys(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Everything the chart can read. {@code merged} holds the values strings the chart may render with
     * {@code tpl}: their references count as reads too.
     */
    static ReadableKeys of(Workspace workspace, Chart chart, MergedValues merged) {
        return of(workspace, chart, merged, null);
    }

    /** The same, recording only paths under the top-level keys in {@code focus} ({@code null}: all). */
    static ReadableKeys of(Workspace workspace, Chart chart, MergedValues merged, Set<String> focus) {
        ReadableKeys keys = new ReadableKeys(focus);
        boolean usesTpl = new ChartKeys(workspace).collect(chart, keys, new HashSet<>(), 0);
        if (usesTpl && !keys.readsEverything()) {
            scanTemplateStrings(merged.root(), keys);
        }
        return keys;
    }

    /** Adds what {@code chart} reads, relative to its own values; returns whether any template uses tpl. */
    private boolean collect(Chart chart, ReadableKeys keys, Set<String> visiting, int nesting) {
        if (nesting > MAX_NESTING || !visiting.add(chart.dir())) {
            keys.addEverythingBelow(List.of(), null);
            return false;
        }
        try {
            return collectOwnAndSubcharts(chart, keys, visiting, nesting);
        } finally {
            visiting.remove(chart.dir());
        }
    }

    private boolean collectOwnAndSubcharts(Chart chart, ReadableKeys keys, Set<String> visiting, int nesting) {
        addDefaults(chart, keys);
        keys.addEverythingBelow(List.of("global"), null);
        boolean usesTpl = scanTemplates(chart, List.of(), keys);
        ChartSchemaFile.Read schema = ChartSchemaFile.read(workspace, chart);
        if (schema instanceof ChartSchemaFile.Loaded loaded) {
            SchemaKeys.collect(loaded.schema(), List.of(), keys);
        }
        if (hasPackagedSubchart(chart)) {
            keys.addEverythingBelow(List.of(), null);
            return usesTpl;
        }
        Set<String> mountedDirs = new HashSet<>();
        for (Dependency dependency : dependencies(chart)) {
            for (String condition : dependency.conditions()) {
                keys.addEverythingBelow(List.of(condition.split("\\.")), ReadableKeys.Evidence.at(dependency.at()));
            }
            if (!dependency.tags().isEmpty()) {
                keys.addEverythingBelow(List.of("tags"), ReadableKeys.Evidence.at(dependency.at()));
            }
            Optional<Chart> subchart = find(chart, dependency);
            if (subchart.isEmpty()) {
                keys.addEverythingBelow(List.of(), ReadableKeys.Evidence.at(dependency.at()));
                return usesTpl;
            }
            mountedDirs.add(subchart.get().dir());
            usesTpl |= mount(subchart.get(), dependency.key(), keys, visiting, nesting);
        }
        for (String dir : chart.subcharts()) {
            if (!mountedDirs.contains(dir)) {
                Optional<Chart> subchart = workspace.chart(dir);
                if (subchart.isPresent()) {
                    usesTpl |= mount(subchart.get(), subchart.get().name(), keys, visiting, nesting);
                }
            }
        }
        return usesTpl;
    }

    private boolean mount(Chart subchart, String key, ReadableKeys keys, Set<String> visiting, int nesting) {
        boolean usesTpl = false;
        if (keys.wants(key)) {
            ReadableKeys own = new ReadableKeys();
            usesTpl = collect(subchart, own, visiting, nesting + 1);
            keys.mount(List.of(key), own);
        }
        if (isLibrary(subchart)) {
            // Library templates are included with the parent's context: they read the parent's values.
            usesTpl |= scanTemplates(subchart, List.of(), keys);
        }
        return usesTpl;
    }

    private boolean scanTemplates(Chart chart, List<String> prefix, ReadableKeys keys) {
        boolean usesTpl = false;
        boolean readsFiles = false;
        for (String template : chart.templates()) {
            Optional<String> text = workspace.text(template);
            if (text.isEmpty()) {
                continue;
            }
            TemplateValueReads.scan(template, text.get(), prefix, keys);
            usesTpl |= TemplateValueReads.usesTpl(text.get());
            readsFiles |= text.get().contains(".Files.");
        }
        if (usesTpl && readsFiles) {
            // Chart files rendered with tpl may read any key, and their text is not scanned.
            keys.addEverythingBelow(prefix, null);
        }
        return usesTpl;
    }

    private static void addDefaults(Chart chart, ReadableKeys keys) {
        defaultsOf(chart).ifPresent(map -> addDefaults(map, List.of(), keys));
    }

    /** The chart's values.yaml as a map, when it has one. */
    static Optional<YamlMap> defaultsOf(Chart chart) {
        return chart.values().flatMap(f -> f.documents().stream().findFirst()).flatMap(YamlDocument::rootMap);
    }

    private static void addDefaults(YamlMap map, List<String> prefix, ReadableKeys keys) {
        for (YamlEntry entry : map.entries()) {
            if (prefix.isEmpty() && !keys.wants(entry.name())) {
                continue;
            }
            List<String> path = append(prefix, entry.name());
            if (entry.value() instanceof YamlMap child && !child.isEmpty()) {
                keys.add(path, ReadableKeys.Evidence.at(entry.key().position()));
                addDefaults(child, path, keys);
            } else {
                // A scalar, list, null or {} default: the template reads the key as a whole.
                keys.addEverythingBelow(path, ReadableKeys.Evidence.at(entry.key().position()));
            }
        }
    }

    private static void scanTemplateStrings(YamlMap values, ReadableKeys keys) {
        YamlWalker.walk(values, (path, entry, parent) -> addStringReads(entry.value(), keys));
    }

    private static void addStringReads(YamlNode node, ReadableKeys keys) {
        if (node instanceof YamlScalar scalar && scalar.isString() && scalar.text().contains(".Values")) {
            TemplateValueReads.scan(scalar.position().file(), scalar.text(), List.of(), keys);
        } else if (node instanceof YamlSeq seq) {
            seq.items().forEach(item -> addStringReads(item, keys));
        }
    }

    private boolean hasPackagedSubchart(Chart chart) {
        String prefix = chart.dir().isEmpty() ? "charts/" : chart.dir() + "/charts/";
        return workspace.files().subMap(prefix, prefix + "\uffff").keySet().stream()
                .anyMatch(p -> p.indexOf('/', prefix.length()) < 0 && (p.endsWith(".tgz") || p.endsWith(".tar.gz")));
    }

    private Optional<Chart> find(Chart parent, Dependency dependency) {
        for (String dir : parent.subcharts()) {
            Optional<Chart> subchart = workspace.chart(dir);
            if (subchart.isPresent() && subchart.get().name().equals(dependency.name())) {
                return subchart;
            }
        }
        if (dependency.repository().startsWith("file://")) {
            String relative = dependency.repository().substring("file://".length());
            Path resolved = Path.of(parent.dir().isEmpty() ? "." : parent.dir()).resolve(relative).normalize();
            String dir = resolved.toString().replace('\\', '/');
            return workspace.chart(dir.equals(".") ? "" : dir);
        }
        return Optional.empty();
    }

    private static boolean isLibrary(Chart chart) {
        return chartMetadata(chart).flatMap(m -> m.text("type")).map("library"::equals).orElse(false);
    }

    private static Optional<YamlMap> chartMetadata(Chart chart) {
        if (chart.chartYaml() == null) {
            return Optional.empty();
        }
        return chart.chartYaml().documents().stream().findFirst().flatMap(YamlDocument::rootMap);
    }

    /** A {@code dependencies:} entry of Chart.yaml: what the parent's values hold under {@link #key()}. */
    private record Dependency(String name, Optional<String> alias, String repository, List<String> conditions,
            List<String> tags, Position at) {

        String key() {
            return alias.orElse(name);
        }
    }

    private static List<Dependency> dependencies(Chart chart) {
        List<Dependency> found = new ArrayList<>();
        Optional<YamlSeq> entries = chartMetadata(chart).flatMap(m -> m.seq("dependencies"));
        if (entries.isEmpty()) {
            return found;
        }
        for (YamlNode item : entries.get().items()) {
            if (!(item instanceof YamlMap dependency) || dependency.text("name").isEmpty()) {
                continue;
            }
            List<String> conditions = dependency.text("condition").stream()
                    .flatMap(c -> List.of(c.split(",")).stream()).map(String::trim).filter(c -> !c.isEmpty())
                    .toList();
            List<String> tags = dependency.seq("tags").map(s -> s.items().stream()
                    .filter(YamlScalar.class::isInstance).map(t -> ((YamlScalar) t).text()).toList())
                    .orElse(List.of());
            found.add(new Dependency(dependency.text("name").get(), dependency.text("alias"),
                    dependency.text("repository").orElse(""), conditions, tags, dependency.position()));
        }
        return found;
    }

    private static List<String> append(List<String> prefix, String segment) {
        List<String> path = new ArrayList<>(prefix);
        path.add(segment);
        return List.copyOf(path);
    }
}
