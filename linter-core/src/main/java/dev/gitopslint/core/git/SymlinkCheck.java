package dev.gitopslint.core.git;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;

/**
 * Finds symlinks that a checkout cannot follow to something inside the repository: a missing target,
 * a target outside the root (Argo CD refuses to render a repository with such out-of-bounds
 * symlinks), an absolute target, or a loop.
 *
 * <p>In a git working tree only tracked symlinks are checked, and they are resolved against the
 * checked tree itself (HEAD or the index), so a target that exists on disk but was never committed is
 * reported as missing. Any other directory is walked on disk.
 */
public final class SymlinkCheck {

    private final TreeSource source;
    private final Optional<Path> indexFile;

    /** Checks tracked symlinks of {@code source} (HEAD or the repository's index). */
    public SymlinkCheck(TreeSource source) {
        this(source, Optional.empty());
    }

    /**
     * @param indexFile for {@link TreeSource#INDEX}: the index to read instead of the repository's own
     *                  ({@code $GIT_INDEX_FILE} in a pre-commit hook)
     */
    public SymlinkCheck(TreeSource source, Optional<Path> indexFile) {
        this.source = Objects.requireNonNull(source, "source");
        this.indexFile = Objects.requireNonNull(indexFile, "indexFile");
    }

    /**
     * Checks {@code root}: its tracked symlinks when it is the root of a git working tree (nothing when
     * HEAD has no commit yet and HEAD is checked), otherwise every symlink under it on disk.
     *
     * @return broken symlinks sorted by path, paths relative to {@code root}
     * @throws GitCheckException when the repository or directory exists but cannot be read
     */
    public List<BrokenSymlink> check(Path root) {
        Optional<Repository> opened = GitRepositories.openWorkTree(root);
        if (opened.isEmpty()) {
            return checkDirectory(root);
        }
        try (Repository repository = opened.get()) {
            Optional<TrackedTree> tree = TrackedTree.read(repository, source, indexFile);
            if (tree.isEmpty()) {
                return List.of();
            }
            String description = source == TreeSource.HEAD ? "in HEAD" : "in the index";
            SymlinkResolver resolver = new SymlinkResolver(new GitPathTree(tree.get(), description));
            List<BrokenSymlink> broken = new ArrayList<>();
            for (TrackedTree.Entry entry : tree.get().entries()) {
                if (entry.is(FileMode.SYMLINK)) {
                    resolver.check(entry.path(), tree.get().readText(entry)).ifPresent(broken::add);
                }
            }
            broken.sort(Comparator.comparing(BrokenSymlink::path));
            return List.copyOf(broken);
        } catch (IOException e) {
            throw new GitCheckException("cannot read the git repository at " + root + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks every symlink under {@code root} on disk, without descending into symlinked directories
     * (or {@code .git}). For unpacked trees that are not git repositories.
     *
     * @throws GitCheckException when {@code directory} does not exist or cannot be walked
     *
     * @return broken symlinks sorted by path, paths relative to {@code root}
     */
    public static List<BrokenSymlink> checkDirectory(Path directory) {
        Path root;
        try {
            // a root given through a symlink is walked as the directory it names
            root = directory.toRealPath();
        } catch (IOException e) {
            throw new GitCheckException("cannot read " + directory + ": " + e.getMessage(), e);
        }
        SymlinkResolver resolver = new SymlinkResolver(new FileSystemPathTree(root));
        List<BrokenSymlink> broken = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.getFileName() != null && dir.getFileName().toString().equals(".git") && !dir.equals(root)
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isSymbolicLink()) {
                        String path = relative(root, file);
                        resolver.check(path, Files.readSymbolicLink(file).toString()).ifPresent(broken::add);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // an unreadable entry is not a symlink finding; keep walking
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new GitCheckException("cannot walk " + root + ": " + e.getMessage(), e);
        }
        broken.sort(Comparator.comparing(BrokenSymlink::path));
        return List.copyOf(broken);
    }

    private static String relative(Path root, Path file) {
        StringBuilder path = new StringBuilder();
        for (Path part : root.relativize(file)) {
            if (path.length() > 0) {
                path.append('/');
            }
            path.append(part);
        }
        return path.toString();
    }
}
