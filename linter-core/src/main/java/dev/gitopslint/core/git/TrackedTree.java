package dev.gitopslint.core.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/** The file entries (path, mode, object) of HEAD's tree or of the index. */
final class TrackedTree {

    record Entry(String path, FileMode mode, ObjectId id) {
        boolean is(FileMode expected) {
            return mode.equals(expected);
        }
    }

    private final Repository repository;
    private final Map<String, Entry> entries;

    private TrackedTree(Repository repository, Map<String, Entry> entries) {
        this.repository = repository;
        this.entries = entries;
    }

    /**
     * The tree to check, or empty when HEAD has no commit yet. A relative {@code indexFile} is read
     * against the working tree, the directory git runs hooks in.
     */
    static Optional<TrackedTree> read(Repository repository, TreeSource source, Optional<Path> indexFile)
            throws IOException {
        return source == TreeSource.HEAD ? readHead(repository) : Optional.of(readIndex(repository, indexFile));
    }

    private static Optional<TrackedTree> readHead(Repository repository) throws IOException {
        ObjectId head = repository.resolve(Constants.HEAD);
        if (head == null) {
            return Optional.empty();
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            RevCommit commit = walk.parseCommit(head);
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                entries.put(tree.getPathString(),
                        new Entry(tree.getPathString(), tree.getFileMode(0), tree.getObjectId(0)));
            }
        }
        return Optional.of(new TrackedTree(repository, entries));
    }

    private static TrackedTree readIndex(Repository repository, Optional<Path> indexFile) throws IOException {
        DirCache index = indexFile.isPresent()
                ? DirCache.read(repository.getWorkTree().toPath().resolve(indexFile.get()).toFile(), repository.getFS())
                : repository.readDirCache();
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < index.getEntryCount(); i++) {
            DirCacheEntry e = index.getEntry(i);
            // During a merge conflict a path has several stages; the first one stands for the path.
            entries.putIfAbsent(e.getPathString(), new Entry(e.getPathString(), e.getFileMode(), e.getObjectId()));
        }
        return new TrackedTree(repository, entries);
    }

    Optional<Entry> entry(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    String readText(Entry entry) throws IOException {
        return new String(repository.open(entry.id(), Constants.OBJ_BLOB).getBytes(), StandardCharsets.UTF_8);
    }
}
