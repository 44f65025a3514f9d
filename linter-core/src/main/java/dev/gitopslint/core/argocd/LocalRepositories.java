package dev.gitopslint.core.argocd;

import dev.gitopslint.core.workspace.Workspace;
import dev.gitopslint.core.yaml.YamlFile;
import dev.gitopslint.core.yaml.YamlWalker;
import dev.gitopslint.core.yaml.YamlMap;
import dev.gitopslint.core.yaml.YamlScalar;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which repository URLs mean "this repository": the git remotes of the checkout, the URLs the config
 * names, and — so that a copy without remotes (a fixture, a tarball, a fork) works with no
 * configuration — any URL whose Argo CD git generators or source paths are found in this tree.
 */
public final class LocalRepositories {

    private final Set<String> local;

    private LocalRepositories(Set<String> local) {
        this.local = local;
    }

    public static LocalRepositories detect(Workspace workspace, Collection<String> configured) {
        Set<String> local = new TreeSet<>(RepoUrls.remotesOf(workspace.root()));
        configured.forEach(url -> local.add(RepoUrls.normalize(url)));
        for (YamlFile file : workspace.yamlFiles().values()) {
            if (workspace.kindOf(file.path()).filter(k -> k == dev.gitopslint.core.workspace.FileKind.ARGOCD).isEmpty()) {
                continue;
            }
            file.documents().forEach(d -> d.root().ifPresent(root -> YamlWalker.walk(root, (path, entry, parent) -> {
                if (entry.name().equals("repoURL") && entry.value() instanceof YamlScalar url
                        && !url.text().contains("{{") && pointsIntoThisTree(parent, workspace)) {
                    local.add(RepoUrls.normalize(url.text()));
                }
            })));
        }
        return new LocalRepositories(local);
    }

    /** A source {@code path} that exists here, or git generator patterns that match files here. */
    private static boolean pointsIntoThisTree(YamlMap holder, Workspace workspace) {
        if (holder.text("path").filter(p -> !p.contains("{{")).map(p -> isDirectory(p, workspace)).orElse(false)) {
            return true;
        }
        for (String list : new String[] {"files", "directories"}) {
            boolean matched = holder.seq(list).map(seq -> seq.items().stream()
                    .map(n -> ((YamlMap) n).text("path").orElse(""))
                    .map(GitGlob::compile)
                    .anyMatch(glob -> workspace.files().keySet().stream().anyMatch(f -> glob.matches(f)
                            || glob.matches(Path.of(f).getParent() == null ? "" : Path.of(f).getParent().toString()))))
                    .orElse(false);
            if (matched) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDirectory(String path, Workspace workspace) {
        String dir = path.replaceAll("^\\./", "").replaceAll("/+$", "");
        return dir.isEmpty() || workspace.files().keySet().stream().anyMatch(f -> f.startsWith(dir + "/"));
    }

    public boolean isLocal(String repoURL) {
        return !repoURL.isBlank() && local.contains(RepoUrls.normalize(repoURL));
    }

    public Set<String> urls() {
        return local;
    }
}
