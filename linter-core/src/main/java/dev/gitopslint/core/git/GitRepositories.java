package dev.gitopslint.core.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;

/** Opens repositories without consulting the environment ({@code GIT_DIR} and friends). */
final class GitRepositories {

    static {
        // On first use per file system and machine JGit measures the file timestamp resolution and by
        // default waits up to 5 s for it; every fresh CI container would pay that. These checks only
        // read repositories, where the conservative fallback resolution is as correct, so let the
        // measurement finish in the background.
        FS.FileStoreAttributes.setBackground(true);
    }

    private GitRepositories() {
    }

    /**
     * The repository whose working tree is exactly {@code root}. A directory inside some other
     * repository's working tree is deliberately not a repository here: linting an unpacked copy or a
     * fixture directory must not pick up the facts of whatever repository happens to contain it. A
     * {@code .git} that does not open (a copied tree with a stale {@code gitdir:} file) is no
     * repository either.
     */
    static Optional<Repository> openWorkTree(Path root) {
        if (!Files.exists(root.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FileRepositoryBuilder()
                    .setWorkTree(root.toFile())
                    .setMustExist(true)
                    .build());
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The clone of a submodule: the nested repository at its path (a {@code .git} directory or a
     * {@code .git} file pointing into the superproject), else {@code <git-dir>/modules/<name>}, which
     * survives {@code git submodule deinit}, else the same in the main worktree's git directory.
     */
    static Optional<Repository> openSubmoduleClone(Repository superproject, String name, String path)
            throws IOException {
        Path checkout = superproject.getWorkTree().toPath().resolve(path);
        if (Files.exists(checkout.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
            try {
                return Optional.of(new FileRepositoryBuilder()
                        .setWorkTree(checkout.toFile())
                        .setMustExist(true)
                        .build());
            } catch (IOException | IllegalArgumentException e) {
                // a broken .git file (e.g. left over after moving the superproject): try the modules dir
            }
        }
        // A linked worktree keeps its own modules directory; the main worktree's clone of the same
        // submodule knows the same remote just as well.
        for (java.io.File gitDir : List.of(superproject.getDirectory(), superproject.getCommonDirectory())) {
            Path modules = gitDir.toPath().resolve("modules").resolve(name);
            if (Files.isDirectory(modules.resolve("objects")) && Files.exists(modules.resolve("HEAD"))) {
                return Optional.of(new FileRepositoryBuilder()
                        .setGitDir(modules.toFile())
                        .setMustExist(true)
                        .build());
            }
        }
        return Optional.empty();
    }
}
