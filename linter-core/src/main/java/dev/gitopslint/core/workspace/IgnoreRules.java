package dev.gitopslint.core.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Git's ignore rules ({@code .gitignore} in every directory, {@code .git/info/exclude}) with git's
 * precedence (the deepest matching rule wins), plus the config's {@code exclude} globs.
 */
final class IgnoreRules {

    private final Map<String, IgnoreNode> byDirectory = new HashMap<>();
    private final List<PathMatcher> excludes;

    IgnoreRules(Path root, List<String> excludeGlobs) throws IOException {
        this.excludes = excludeGlobs.stream()
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
                .toList();
        IgnoreNode info = readNode(root.resolve(".git/info/exclude"));
        if (info != null) {
            byDirectory.put("\u0000info", info);
        }
    }

    /** Reads {@code dir/.gitignore} if present; call before asking about the directory's entries. */
    void enterDirectory(Path root, String dir) throws IOException {
        IgnoreNode node = readNode(root.resolve(dir).resolve(".gitignore"));
        if (node != null) {
            byDirectory.put(dir, node);
        }
    }

    boolean isIgnored(String path, boolean directory) {
        Path relative = Path.of(path);
        for (PathMatcher exclude : excludes) {
            if (exclude.matches(relative)) {
                return true;
            }
        }
        String dir = parentOf(path);
        while (true) {
            IgnoreNode node = byDirectory.get(dir);
            if (node != null) {
                String inDir = dir.isEmpty() ? path : path.substring(dir.length() + 1);
                Boolean answer = node.checkIgnored(inDir, directory);
                if (answer != null) {
                    return answer;
                }
            }
            if (dir.isEmpty()) {
                break;
            }
            dir = parentOf(dir);
        }
        IgnoreNode info = byDirectory.get("\u0000info");
        return info != null && Boolean.TRUE.equals(info.checkIgnored(path, directory));
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static IgnoreNode readNode(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        IgnoreNode node = new IgnoreNode();
        try (InputStream in = Files.newInputStream(file)) {
            node.parse(in);
        }
        return node;
    }
}
