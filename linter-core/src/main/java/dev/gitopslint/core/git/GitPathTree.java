package dev.gitopslint.core.git;

import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.FileMode;

/** A {@link TrackedTree} seen as a file tree: directories are implied by the paths of their entries. */
final class GitPathTree implements PathTree {

    private final TrackedTree tree;
    private final Set<String> directories = new HashSet<>();
    private final String description;

    GitPathTree(TrackedTree tree, String description) {
        this.tree = tree;
        this.description = description;
        directories.add("");
        for (TrackedTree.Entry entry : tree.entries()) {
            String path = entry.path();
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                directories.add(path.substring(0, slash));
            }
        }
    }

    @Override
    public Kind kind(String path) {
        Optional<TrackedTree.Entry> entry = tree.entry(path);
        if (entry.isEmpty()) {
            return directories.contains(path) ? Kind.DIRECTORY : Kind.MISSING;
        }
        FileMode mode = entry.get().mode();
        if (mode.equals(FileMode.SYMLINK)) {
            return Kind.SYMLINK;
        }
        return mode.equals(FileMode.GITLINK) ? Kind.SUBMODULE : Kind.FILE;
    }

    @Override
    public String linkTarget(String path) throws IOException {
        return tree.readText(tree.entry(path).orElseThrow());
    }

    @Override
    public String description() {
        return description;
    }
}
