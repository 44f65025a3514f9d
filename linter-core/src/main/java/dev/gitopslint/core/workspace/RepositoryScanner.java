package dev.gitopslint.core.workspace;

import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.yaml.YamlDocument;
import dev.gitopslint.core.yaml.YamlFile;
import dev.gitopslint.core.yaml.YamlLimits;
import dev.gitopslint.core.yaml.YamlLoader;
import dev.gitopslint.core.yaml.YamlMap;
import dev.gitopslint.core.yaml.YamlProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Walks the repository once: honours {@code .gitignore} and config excludes, never leaves the
 * repository through a symlink, classifies every file and loads every YAML file (in parallel).
 */
public final class RepositoryScanner {

    private final YamlLoader loader;
    private final List<String> excludes;
    private final ExecutorService executor;

    public RepositoryScanner(YamlLimits limits, List<String> excludes, ExecutorService executor) {
        this.loader = new YamlLoader(limits, executor);
        this.excludes = List.copyOf(excludes);
        this.executor = executor;
    }

    public Workspace scan(Path repository) throws IOException {
        Path root = repository.toRealPath();
        Walk walk = new Walk(root, new IgnoreRules(root, excludes));
        Files.walkFileTree(root, walk);
        List<String> chartDirs = walk.paths.stream()
                .filter(p -> p.equals("Chart.yaml") || p.endsWith("/Chart.yaml"))
                .map(RepositoryScanner::parentOf)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();

        Map<String, String> texts = new ConcurrentHashMap<>();
        Map<String, YamlFile> loaded = new ConcurrentHashMap<>();
        Map<String, YamlProblem> readProblems = new ConcurrentHashMap<>();
        List<Future<?>> reads = new ArrayList<>();
        for (String path : walk.paths) {
            Optional<String> chart = enclosingChart(path, chartDirs);
            // Templates and a chart's values.schema.json are kept as text: rules read them, they are not YAML.
            boolean template = chart.isPresent() && (isUnder(path, chart.get(), "templates")
                    || path.equals(chart.get().isEmpty() ? "values.schema.json" : chart.get() + "/values.schema.json"));
            if (!template && !isYamlName(path)) {
                continue;
            }
            long size = walk.sizes.get(path);
            reads.add(executor.submit(() -> read(root, path, size, template, texts, loaded, readProblems)));
        }
        awaitAll(reads);

        SortedMap<String, RepoFile> files = new TreeMap<>();
        for (String path : walk.paths) {
            FileKind kind = classify(path, enclosingChart(path, chartDirs), loaded.get(path));
            files.put(path, new RepoFile(path, kind, walk.sizes.get(path)));
        }
        SortedMap<String, Chart> charts = new TreeMap<>();
        for (String dir : chartDirs) {
            charts.put(dir, describeChart(dir, walk.paths, chartDirs, loaded));
        }
        List<YamlProblem> problems = new ArrayList<>(readProblems.values());
        problems.sort(Comparator.comparing(YamlProblem::position));
        return new Workspace(root, files, new TreeMap<>(loaded), charts, texts, walk.symlinks, problems);
    }

    private void read(Path root, String path, long size, boolean template, Map<String, String> texts,
            Map<String, YamlFile> loaded, Map<String, YamlProblem> readProblems) {
        try {
            if (!template && loader.exceedsLimit(size)) {
                loaded.put(path, loader.tooLarge(path, size));
                return;
            }
            byte[] bytes = Files.readAllBytes(root.resolve(path));
            if (template) {
                texts.put(path, new String(bytes, StandardCharsets.UTF_8));
                return;
            }
            YamlLoader.Loaded file = loader.loadWithText(path, bytes);
            loaded.put(path, file.file());
            file.text().ifPresent(text -> texts.put(path, text));
        } catch (IOException | RuntimeException e) {
            readProblems.put(path, new YamlProblem(YamlProblem.Kind.UNREADABLE, Position.ofFile(path),
                    "cannot read the file: " + e.getMessage()));
        }
    }

    private static void awaitAll(List<Future<?>> futures) throws IOException {
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading the repository", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("reading a file failed unexpectedly", e.getCause());
            }
        }
    }

    private static FileKind classify(String path, Optional<String> chart, YamlFile yaml) {
        if (chart.isPresent()) {
            return classifyInChart(path, chart.get());
        }
        if (yaml == null) {
            return FileKind.OTHER;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.equals(".gitops-lint.yaml") || name.equals(".gitops-lint.yml")) {
            return FileKind.CONFIG;
        }
        FileKind byContent = classifyByContent(yaml);
        if (byContent != null) {
            return byContent;
        }
        return looksLikeValues(path) ? FileKind.VALUES : FileKind.OTHER_YAML;
    }

    private static FileKind classifyInChart(String path, String chart) {
        String inChart = chart.isEmpty() ? path : path.substring(chart.length() + 1);
        if (inChart.equals("Chart.yaml")) {
            return FileKind.CHART_METADATA;
        }
        if (inChart.equals("values.yaml")) {
            return FileKind.CHART_VALUES;
        }
        if (inChart.startsWith("templates/")) {
            return FileKind.CHART_TEMPLATE;
        }
        if (inChart.startsWith("crds/") && isYamlName(path)) {
            return FileKind.CHART_CRD;
        }
        return FileKind.CHART_FILE;
    }

    /** Kubernetes objects by apiVersion/kind; null when no document is one. */
    private static FileKind classifyByContent(YamlFile yaml) {
        FileKind kind = null;
        for (YamlDocument document : yaml.documents()) {
            Optional<YamlMap> root = document.rootMap();
            if (root.isEmpty() || root.get().text("apiVersion").isEmpty() || root.get().text("kind").isEmpty()) {
                continue;
            }
            String apiVersion = root.get().text("apiVersion").get();
            String objectKind = root.get().text("kind").get();
            if (apiVersion.startsWith("argoproj.io/")
                    && (objectKind.equals("Application") || objectKind.equals("ApplicationSet")
                    || objectKind.equals("AppProject"))) {
                return FileKind.ARGOCD;
            }
            if (objectKind.equals("CustomResourceDefinition")) {
                kind = FileKind.CRD;
            } else if (kind == null) {
                kind = FileKind.MANIFEST;
            }
        }
        return kind;
    }

    private static boolean looksLikeValues(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.startsWith("values") || ("/" + path).contains("/values/")
                || ("/" + path).contains("/node-profiles/");
    }

    private static Chart describeChart(String dir, List<String> paths, List<String> chartDirs,
            Map<String, YamlFile> loaded) {
        String prefix = dir.isEmpty() ? "" : dir + "/";
        YamlFile chartYaml = loaded.get(prefix + "Chart.yaml");
        Optional<YamlMap> meta = chartYaml == null ? Optional.empty()
                : chartYaml.documents().stream().findFirst().flatMap(YamlDocument::rootMap);
        String fallbackName = dir.substring(dir.lastIndexOf('/') + 1);
        List<String> templates = paths.stream()
                .filter(p -> p.startsWith(prefix + "templates/"))
                .filter(p -> enclosingChart(p, chartDirs).orElse("").equals(dir))
                .toList();
        List<String> subcharts = chartDirs.stream()
                .filter(d -> d.startsWith(prefix + "charts/") && d.indexOf('/', (prefix + "charts/").length()) < 0)
                .sorted()
                .toList();
        return new Chart(dir, meta.flatMap(m -> m.text("name")).orElse(fallbackName),
                meta.flatMap(m -> m.text("version")).orElse(""), chartYaml,
                Optional.ofNullable(loaded.get(prefix + "values.yaml")), templates, subcharts);
    }

    private static Optional<String> enclosingChart(String path, List<String> chartDirsLongestFirst) {
        for (String dir : chartDirsLongestFirst) {
            if (dir.isEmpty() || path.startsWith(dir + "/")) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static boolean isUnder(String path, String chart, String folder) {
        String prefix = chart.isEmpty() ? folder + "/" : chart + "/" + folder + "/";
        return path.startsWith(prefix);
    }

    private static boolean isYamlName(String path) {
        return path.endsWith(".yaml") || path.endsWith(".yml");
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The single tree walk: collects paths and sizes, resolves symlinks, skips ignored trees. */
    private static final class Walk extends SimpleFileVisitor<Path> {
        private final Path root;
        private final IgnoreRules ignores;
        final List<String> paths = new ArrayList<>();
        final Map<String, Long> sizes = new TreeMap<>();
        final List<SymlinkIssue> symlinks = new ArrayList<>();

        Walk(Path root, IgnoreRules ignores) {
            this.root = root;
            this.ignores = ignores;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            String path = relative(dir);
            if (!path.isEmpty() && (dir.getFileName().toString().equals(".git") || ignores.isIgnored(path, true))) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            ignores.enterDirectory(root, path);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String path = relative(file);
            if (ignores.isIgnored(path, false)) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink()) {
                followIfInside(file, path);
            } else if (attrs.isRegularFile()) {
                add(path, attrs.size());
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            // Unreadable directories or files: the scan goes on; they show up as read problems.
            String path = relative(file);
            add(path, 0L);
            return FileVisitResult.CONTINUE;
        }

        /** Symlinked files inside the repository are read; directories are not followed (no cycles). */
        private void followIfInside(Path link, String path) {
            String target;
            try {
                target = Files.readSymbolicLink(link).toString();
            } catch (IOException e) {
                target = "?";
            }
            try {
                Path real = link.toRealPath();
                if (!real.startsWith(root)) {
                    symlinks.add(new SymlinkIssue(path, target, true));
                } else if (Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                    add(path, Files.size(real));
                }
            } catch (IOException e) {
                symlinks.add(new SymlinkIssue(path, target, false));
            }
        }

        private void add(String path, long size) {
            paths.add(path);
            sizes.put(path, size);
        }

        private String relative(Path path) {
            return root.relativize(path).toString().replace('\\', '/');
        }
    }
}
