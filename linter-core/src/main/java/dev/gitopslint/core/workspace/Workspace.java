package dev.gitopslint.core.workspace;

import dev.gitopslint.core.suppress.SuppressionDirective;
import dev.gitopslint.core.suppress.SuppressionParser;
import dev.gitopslint.core.yaml.YamlFile;
import dev.gitopslint.core.yaml.YamlProblem;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The repository as read once: every file with its kind, every YAML file loaded with positions, the
 * charts, the text of what rules may quote, and what could not be read.
 */
public final class Workspace {

    private final Path root;
    private final SortedMap<String, RepoFile> files;
    private final SortedMap<String, YamlFile> yaml;
    private final SortedMap<String, Chart> charts;
    private final Map<String, String> texts;
    private final List<SymlinkIssue> symlinkIssues;
    private final List<YamlProblem> readProblems;
    private volatile List<SuppressionDirective> suppressions;
    private final Map<String, LineIndex> lineIndexes = new ConcurrentHashMap<>();

    Workspace(Path root, SortedMap<String, RepoFile> files, SortedMap<String, YamlFile> yaml,
            SortedMap<String, Chart> charts, Map<String, String> texts, List<SymlinkIssue> symlinkIssues,
            List<YamlProblem> readProblems) {
        this.root = root;
        this.files = Collections.unmodifiableSortedMap(files);
        this.yaml = Collections.unmodifiableSortedMap(yaml);
        this.charts = Collections.unmodifiableSortedMap(charts);
        this.texts = Collections.unmodifiableMap(texts);
        this.symlinkIssues = List.copyOf(symlinkIssues);
        this.readProblems = List.copyOf(readProblems);
    }

    public Path root() {
        return root;
    }

    public SortedMap<String, RepoFile> files() {
        return files;
    }

    public boolean exists(String path) {
        return files.containsKey(path);
    }

    public Optional<FileKind> kindOf(String path) {
        return Optional.ofNullable(files.get(path)).map(RepoFile::kind);
    }

    public Optional<YamlFile> yaml(String path) {
        return Optional.ofNullable(yaml.get(path));
    }

    public SortedMap<String, YamlFile> yamlFiles() {
        return yaml;
    }

    public List<YamlFile> yamlFiles(FileKind kind) {
        return yaml.values().stream().filter(f -> files.get(f.path()).kind() == kind).toList();
    }

    public SortedMap<String, Chart> charts() {
        return charts;
    }

    public Optional<Chart> chart(String dir) {
        return Optional.ofNullable(charts.get(dir));
    }

    /** The text of a YAML file, chart template or chart values.schema.json, as read by the scan. */
    public Optional<String> text(String path) {
        return Optional.ofNullable(texts.get(path));
    }

    /** The text of one 1-based line of a file the scan read, or "" when unknown. */
    public String lineText(String path, int line) {
        String text = texts.get(path);
        if (text == null || line < 1) {
            return "";
        }
        return lineIndexes.computeIfAbsent(path, p -> LineIndex.of(text)).line(line);
    }

    public List<SymlinkIssue> symlinkIssues() {
        return symlinkIssues;
    }

    /** Every suppression comment in the files the scan read, in file order. */
    public List<SuppressionDirective> suppressions() {
        List<SuppressionDirective> found = suppressions;
        if (found == null) {
            found = new java.util.ArrayList<>();
            for (Map.Entry<String, String> text : new java.util.TreeMap<>(texts).entrySet()) {
                if (text.getValue().contains("gitops-lint:")) {
                    found.addAll(SuppressionParser.parse(text.getKey(), text.getValue()));
                }
            }
            found = List.copyOf(found);
            suppressions = found;
        }
        return found;
    }

    /** Files that could not be read at all (I/O errors), as problems with positions. */
    public List<YamlProblem> readProblems() {
        return readProblems;
    }
}
