package dev.gitopslint.core.argocd;

import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.workspace.Workspace;
import dev.gitopslint.core.yaml.YamlDocument;
import dev.gitopslint.core.yaml.YamlFile;
import dev.gitopslint.core.yaml.YamlMap;
import dev.gitopslint.core.yaml.YamlNode;
import dev.gitopslint.core.yaml.YamlScalar;
import dev.gitopslint.core.yaml.YamlSeq;
import dev.gitopslint.core.yaml.YamlToJava;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Evaluates ApplicationSet generators offline, over the working tree: {@code list}, {@code git} files and
 * directories, {@code matrix}, {@code merge}, and {@code clusters} (the local in-cluster, as Argo CD
 * registers it by default). Parameter names follow Argo CD, including {@code path.*} and
 * {@code pathParamPrefix}.
 */
final class Generators {

    private static final String IN_CLUSTER = "https://kubernetes.default.svc";

    private final Workspace workspace;
    private final boolean goTemplate;
    private final LocalRepositories repositories;
    private final List<Map<String, Object>> clusters;

    /** {@code clusters}: the config's clusters (name, server, labels, annotations); empty for in-cluster only. */
    Generators(Workspace workspace, boolean goTemplate, LocalRepositories repositories,
            List<Map<String, Object>> clusters) {
        this.workspace = workspace;
        this.goTemplate = goTemplate;
        this.repositories = repositories;
        this.clusters = clusters;
    }

    List<ParamSet> evaluate(YamlMap generator) throws GeneratorException {
        List<ParamSet> params = evaluateKind(generator);
        Optional<YamlMap> selector = generator.map("selector");
        return selector.isEmpty() ? params : params.stream().filter(p -> Selectors.matches(selector.get(), p)).toList();
    }

    private List<ParamSet> evaluateKind(YamlMap generator) throws GeneratorException {
        if (generator.map("list").isPresent()) {
            return list(generator.map("list").get());
        }
        if (generator.map("git").isPresent()) {
            return git(generator.map("git").get());
        }
        if (generator.map("matrix").isPresent()) {
            return matrix(generator.map("matrix").get());
        }
        if (generator.map("merge").isPresent()) {
            return merge(generator.map("merge").get());
        }
        if (generator.get("clusters").isPresent()) {
            return clusterParams(generator.map("clusters").flatMap(c -> c.map("selector")));
        }
        String kind = generator.entries().isEmpty() ? "(empty)" : generator.entries().get(0).name();
        throw GeneratorException.notOffline(generator.position(), "generator '" + kind
                + "' needs a live cluster or an SCM provider and is not evaluated offline");
    }

    /**
     * Argo CD's cluster parameters: name, nameNormalized, server, metadata.labels/annotations; the
     * generator's own selector matches the clusters' labels.
     */
    @SuppressWarnings("unchecked")
    private List<ParamSet> clusterParams(Optional<YamlMap> selector) {
        List<Map<String, Object>> known = clusters.isEmpty()
                ? List.of(Map.of("name", "in-cluster", "server", IN_CLUSTER)) : clusters;
        List<ParamSet> params = new ArrayList<>();
        for (Map<String, Object> cluster : known) {
            String name = String.valueOf(cluster.get("name"));
            Map<String, Object> set = new LinkedHashMap<>();
            set.put("name", name);
            set.put("nameNormalized", normalize(name).toLowerCase(java.util.Locale.ROOT));
            set.put("server", String.valueOf(cluster.getOrDefault("server", IN_CLUSTER)));
            set.put("metadata", Map.of("labels", cluster.getOrDefault("labels", Map.of()),
                    "annotations", cluster.getOrDefault("annotations", Map.of())));
            Map<String, Object> labels = (Map<String, Object>) cluster.getOrDefault("labels", Map.of());
            if (selector.isEmpty() || Selectors.matches(selector.get(), new ParamSet(labels, List.of()))) {
                params.add(new ParamSet(set, List.of()));
            }
        }
        return params;
    }

    private List<ParamSet> list(YamlMap list) throws GeneratorException {
        List<ParamSet> params = new ArrayList<>();
        for (YamlNode element : list.seq("elements").map(YamlSeq::items).orElse(List.of())) {
            if (!(element instanceof YamlMap map)) {
                throw new GeneratorException(element.position(), "list generator elements must be mappings");
            }
            params.add(new ParamSet(YamlToJava.map(map), List.of(map.position().file())));
        }
        return params;
    }

    private List<ParamSet> git(YamlMap git) throws GeneratorException {
        String repoURL = git.text("repoURL").orElse("");
        if (!repositories.isLocal(repoURL)) {
            throw GeneratorException.notOffline(git.position(), "git generator reads " + repoURL
                    + ", which is not this repository: its parameters cannot be known offline");
        }
        Optional<String> prefix = git.text("pathParamPrefix").filter(p -> !p.isEmpty());
        if (git.seq("files").isPresent()) {
            return gitFiles(git.seq("files").get(), prefix);
        }
        if (git.seq("directories").isPresent()) {
            return gitDirectories(git.seq("directories").get(), prefix);
        }
        throw new GeneratorException(git.position(), "git generator has neither files nor directories");
    }

    private List<ParamSet> gitFiles(YamlSeq patterns, Optional<String> prefix) throws GeneratorException {
        List<ParamSet> params = new ArrayList<>();
        for (String file : select(patterns, workspace.files().keySet())) {
            for (Map<String, Object> content : contents(file)) {
                Map<String, Object> set = new LinkedHashMap<>(content);
                addPathParams(set, file, true, prefix);
                params.add(new ParamSet(set, List.of(file)));
            }
        }
        return params;
    }

    /** A YAML/JSON file is one parameter set, or several when it holds a list. */
    private List<Map<String, Object>> contents(String file) throws GeneratorException {
        Optional<YamlFile> yaml = workspace.yaml(file);
        if (yaml.isEmpty() || !yaml.get().loadedCleanly() && yaml.get().documents().isEmpty()) {
            throw new GeneratorException(Position.ofFile(file), "git files generator cannot parse " + file
                    + ": Argo CD fails the whole ApplicationSet");
        }
        List<Map<String, Object>> sets = new ArrayList<>();
        for (YamlDocument document : yaml.get().documents()) {
            Optional<YamlNode> root = document.root();
            if (root.isEmpty()) {
                continue;
            }
            if (root.get() instanceof YamlMap map) {
                sets.add(YamlToJava.map(map));
            } else if (root.get() instanceof YamlSeq seq) {
                for (YamlNode item : seq.items()) {
                    if (item instanceof YamlMap map) {
                        sets.add(YamlToJava.map(map));
                    }
                }
            }
        }
        return sets;
    }

    private List<ParamSet> gitDirectories(YamlSeq patterns, Optional<String> prefix) {
        TreeSet<String> directories = new TreeSet<>();
        for (String file : workspace.files().keySet()) {
            for (String dir = parent(file); !dir.isEmpty(); dir = parent(dir)) {
                directories.add(dir);
            }
        }
        List<ParamSet> params = new ArrayList<>();
        for (String dir : select(patterns, directories)) {
            Map<String, Object> set = new LinkedHashMap<>();
            addPathParams(set, dir, false, prefix);
            params.add(new ParamSet(set, List.of()));
        }
        return params;
    }

    /** The paths some pattern includes and no {@code exclude: true} pattern excludes, sorted. */
    private static TreeSet<String> select(YamlSeq patterns, java.util.Collection<String> paths) {
        TreeSet<String> included = new TreeSet<>();
        TreeSet<String> excluded = new TreeSet<>();
        for (YamlNode item : patterns.items()) {
            YamlMap pattern = (YamlMap) item;
            GitGlob glob = GitGlob.compile(pattern.text("path").orElse(""));
            boolean exclude = pattern.get("exclude").filter(n -> Boolean.TRUE.equals(((YamlScalar) n).value()))
                    .isPresent();
            paths.stream().filter(glob::matches).forEach((exclude ? excluded : included)::add);
        }
        included.removeAll(excluded);
        return included;
    }

    /** Argo CD's path parameters: nested under {@code path} for Go templates, dotted for fasttemplate. */
    private void addPathParams(Map<String, Object> set, String path, boolean isFile, Optional<String> prefix) {
        String dir = isFile ? parent(path) : path;
        String basename = dir.substring(dir.lastIndexOf('/') + 1);
        String filename = isFile ? path.substring(path.lastIndexOf('/') + 1) : null;
        Map<String, Object> pathParams = new LinkedHashMap<>();
        pathParams.put("path", dir);
        pathParams.put("basename", basename);
        pathParams.put("basenameNormalized", normalize(basename));
        if (filename != null) {
            pathParams.put("filename", filename);
            pathParams.put("filenameNormalized", normalize(filename));
        }
        pathParams.put("segments", List.of(dir.split("/")));
        if (goTemplate) {
            Map<String, Object> holder = prefix.isPresent() ? new LinkedHashMap<>() : set;
            holder.put("path", pathParams);
            prefix.ifPresent(p -> set.put(p, holder));
        } else {
            String key = prefix.map(p -> p + ".path").orElse("path");
            set.put(key, dir);
            pathParams.forEach((k, v) -> {
                if (!k.equals("path") && !k.equals("segments")) {
                    set.put(key + "." + k, v);
                }
            });
            String[] segments = dir.split("/");
            for (int i = 0; i < segments.length; i++) {
                set.put(key + "[" + i + "]", segments[i]);
            }
        }
    }

    private List<ParamSet> matrix(YamlMap matrix) throws GeneratorException {
        List<YamlNode> children = matrix.seq("generators").map(YamlSeq::items).orElse(List.of());
        if (children.size() != 2) {
            throw new GeneratorException(matrix.position(), "a matrix generator needs exactly two generators, "
                    + "found " + children.size());
        }
        List<ParamSet> left = evaluate((YamlMap) children.get(0));
        List<ParamSet> right = evaluate((YamlMap) children.get(1));
        List<ParamSet> product = new ArrayList<>();
        for (ParamSet l : left) {
            for (ParamSet r : right) {
                product.add(l.combine(r));
            }
        }
        return product;
    }

    private List<ParamSet> merge(YamlMap merge) throws GeneratorException {
        List<String> keys = merge.seq("mergeKeys").map(s -> s.items().stream()
                .map(n -> ((YamlScalar) n).text()).toList()).orElse(List.of());
        List<YamlNode> children = merge.seq("generators").map(YamlSeq::items).orElse(List.of());
        if (children.isEmpty()) {
            return List.of();
        }
        List<ParamSet> base = new ArrayList<>(evaluate((YamlMap) children.get(0)));
        for (YamlNode child : children.subList(1, children.size())) {
            List<ParamSet> others = evaluate((YamlMap) child);
            for (int i = 0; i < base.size(); i++) {
                Map<String, String> baseFlat = base.get(i).flattened();
                for (ParamSet other : others) {
                    Map<String, String> otherFlat = other.flattened();
                    if (keys.stream().allMatch(k -> Objects.equals(baseFlat.get(k), otherFlat.get(k)))) {
                        base.set(i, base.get(i).combine(other));
                    }
                }
            }
        }
        return base;
    }

    private static String normalize(String name) {
        return name.replaceAll("[^a-zA-Z0-9-]", "-");
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
