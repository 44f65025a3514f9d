package dev.gitopslint.core.git;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds real git repositories in a directory with the {@code git} command: bare remotes, clones,
 * commits, pushes, submodules. Every command runs isolated from the user's and the system's git
 * configuration and from hook variables such as {@code GIT_DIR}, and allows {@code file://} transport
 * for submodules (git refuses it by default since 2.38.1).
 *
 * <p>Typical use: {@link #superprojectWithSubmodule(String)} gives a superproject whose submodule
 * records a pushed commit; the other methods move it into the shapes under test (an unpushed commit:
 * {@link #commitInSubmodule} then {@link #recordSubmodule}; a force push: {@link #rewriteLastCommit}).
 * To give an existing directory (a copy of a sample repository) a submodule: {@link #initRepository},
 * {@link #publishedRepository}, {@link #addSubmodule}.
 *
 * <p>Building costs a few hundred milliseconds per shape, so a test class builds its shapes once in
 * {@code @BeforeAll} into a fixed workspace, takes a {@link #snapshot()} and restores it before each
 * test.
 */
public final class GitFixtures {

    /** Configuration every command sees, instead of the user's. */
    private static final List<String[]> CONFIG = List.of(
            new String[] {"protocol.file.allow", "always"},
            new String[] {"init.defaultBranch", "main"},
            new String[] {"user.name", "Fixture Author"},
            new String[] {"user.email", "fixture@example.invalid"},
            new String[] {"commit.gpgSign", "false"},
            new String[] {"tag.gpgSign", "false"},
            new String[] {"core.autocrlf", "false"},
            new String[] {"core.symlinks", "true"},
            new String[] {"advice.detachedHead", "false"},
            // no reflogs: nothing here reads them, and every file makes snapshots slower
            new String[] {"core.logAllRefUpdates", "false"});

    private static final List<String> HOOK_VARIABLES = List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE",
            "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_CEILING_DIRECTORIES", "GIT_PREFIX",
            "GIT_COMMON_DIR", "GIT_CONFIG", "GIT_CONFIG_PARAMETERS", "GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE");

    private final Path workspace;

    /** @param workspace a directory (created if needed; a JUnit {@code @TempDir}) that receives every repository */
    public GitFixtures(Path workspace) {
        try {
            this.workspace = Files.createDirectories(workspace);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path workspace() {
        return workspace;
    }

    /** A superproject clone whose submodule at {@code path} records a commit pushed to its remote. */
    public record Superproject(
            Path directory,
            Path remote,
            String submodulePath,
            Path submoduleRemote,
            Path submoduleWork,
            String recordedCommit) {

        /** The submodule's checkout inside the superproject. */
        public Path submoduleCheckout() {
            return directory.resolve(submodulePath);
        }
    }

    /**
     * Creates a published repository {@code <name>-remote.git} (two pushed commits, plus a working clone
     * to change it), a superproject remote {@code <name>-super.git} and a superproject clone
     * {@code <name>-superproject} with the submodule added at {@code path} by absolute {@code file://}
     * url, committed and pushed; {@code name} is {@code path} with {@code /} replaced by {@code -}.
     */
    public Superproject superprojectWithSubmodule(String path) {
        return superprojectWithSubmodule(path, null);
    }

    /**
     * As {@link #superprojectWithSubmodule(String)}, but the submodule url in {@code .gitmodules} is
     * {@code relativeUrl} (e.g. {@code ../lib.git}), read against the superproject's remote. The
     * submodule's remote is created where that url points.
     */
    public Superproject superprojectWithSubmodule(String path, String relativeUrl) {
        String name = path.replace('/', '-');
        Path superRemote = bareRepository(name + "-super");
        Published published = relativeUrl == null
                ? publishedRepository(name + "-remote")
                : publish(superRemote.resolve(relativeUrl).normalize(), name + "-work");

        Path superproject = clone(superRemote, name + "-superproject");
        commitFile(superproject, "README.md", "superproject\n");
        String url = relativeUrl == null ? fileUrl(published.remote()) : relativeUrl;
        String recorded = addSubmodule(superproject, url, path);
        push(superproject);
        return new Superproject(superproject, superRemote, path, published.remote(), published.work(), recorded);
    }

    /** A bare remote and a working clone of it whose two commits on {@code main} are pushed. */
    public record Published(Path remote, Path work, String tip) {
    }

    /**
     * A repository published at {@code <workspace>/<name>.git} with two pushed commits on {@code main},
     * and its working clone {@code <workspace>/<name>-work} for further changes. To give an existing
     * repository a submodule: {@code addSubmodule(repo, fileUrl(publishedRepository("backlog").remote()), "backlog")}.
     */
    public Published publishedRepository(String name) {
        return publish(workspace.resolve(name + ".git"), name + "-work");
    }

    private Published publish(Path remote, String workName) {
        bareRepositoryAt(remote);
        Path work = clone(remote, workName);
        commitFile(work, "README.md", "first\n");
        String tip = commitFile(work, "README.md", "second\n");
        push(work);
        return new Published(remote, work, tip);
    }

    /** Runs {@code git args...} in {@code directory}; returns trimmed standard output, fails on error. */
    public String git(Path directory, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        Map<String, String> env = builder.environment();
        HOOK_VARIABLES.forEach(env::remove);
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        env.put("GIT_TERMINAL_PROMPT", "0");
        // No sample hooks and info files in every new repository: fewer files to snapshot and restore.
        env.put("GIT_TEMPLATE_DIR", emptyTemplate().toString());
        env.put("GIT_CONFIG_COUNT", Integer.toString(CONFIG.size()));
        for (int i = 0; i < CONFIG.size(); i++) {
            env.put("GIT_CONFIG_KEY_" + i, CONFIG.get(i)[0]);
            env.put("GIT_CONFIG_VALUE_" + i, CONFIG.get(i)[1]);
        }
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String stdout = read(process.getInputStream());
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("git " + String.join(" ", args) + " did not finish in 60 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("git " + String.join(" ", args) + " failed in " + directory
                        + " (exit " + process.exitValue() + "):\n" + stderr.join() + stdout);
            }
            return stdout.trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Path emptyTemplate() {
        try {
            return Files.createDirectories(workspace.resolve(".git-template"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty bare repository {@code <workspace>/<name>.git}. */
    public Path bareRepository(String name) {
        return bareRepositoryAt(workspace.resolve(name + ".git"));
    }

    private Path bareRepositoryAt(Path directory) {
        git(workspace, "init", "--quiet", "--bare", directory.toString());
        return directory;
    }

    /** A clone of {@code remote} at {@code <workspace>/<name>}, submodules not initialised. */
    public Path clone(Path remote, String name) {
        Path directory = workspace.resolve(name);
        git(workspace, "clone", "--quiet", fileUrl(remote), directory.toString());
        return directory;
    }

    /** A clone of {@code remote} at {@code <workspace>/<name>} with its submodules cloned and checked out. */
    public Path cloneWithSubmodules(Path remote, String name) {
        Path directory = workspace.resolve(name);
        git(workspace, "clone", "--quiet", "--recurse-submodules", fileUrl(remote), directory.toString());
        return directory;
    }

    /**
     * Makes {@code directory} (existing with files, or new) a repository on branch {@code main} and
     * commits everything in it. Returns the directory.
     */
    public Path initRepository(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        git(directory, "init", "--quiet");
        git(directory, "add", "--all");
        git(directory, "commit", "--quiet", "--allow-empty", "-m", "Initial content");
        return directory;
    }

    /** Writes {@code file} (creating directories), stages and commits it; returns the new commit. */
    public String commitFile(Path repository, String file, String content) {
        writeFile(repository, file, content);
        git(repository, "add", "--", file);
        git(repository, "commit", "--quiet", "-m", "Change " + file);
        return head(repository);
    }

    public void writeFile(Path repository, String file, String content) {
        try {
            Path target = repository.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stages everything and commits; returns the new commit. */
    public String commitAll(Path repository, String message) {
        git(repository, "add", "--all");
        git(repository, "commit", "--quiet", "-m", message);
        return head(repository);
    }

    public String head(Path repository) {
        return git(repository, "rev-parse", "HEAD");
    }

    /** Pushes the current branch to {@code origin} under the same name. */
    public void push(Path repository) {
        git(repository, "push", "--quiet", "origin", "HEAD");
    }

    /**
     * Rewrites the published history: drops the last commit of the working clone, commits
     * {@code content} instead and force-pushes. Returns the new tip; the old tip is then on no branch
     * of the remote (and git keeps no reflog in a bare repository, so nothing else refers to it).
     */
    public String rewriteLastCommit(Path workingClone, String file, String content) {
        git(workingClone, "reset", "--quiet", "--hard", "HEAD~1");
        String rewritten = commitFile(workingClone, file, content);
        git(workingClone, "push", "--quiet", "--force", "origin", "HEAD");
        return rewritten;
    }

    /**
     * Adds a submodule from {@code url} at {@code path}, commits it and returns the recorded commit.
     */
    public String addSubmodule(Path superproject, String url, String path) {
        git(superproject, "submodule", "add", "--quiet", url, path);
        git(superproject, "commit", "--quiet", "-m", "Add submodule " + path);
        return recordedCommit(superproject, path, "HEAD");
    }

    /** Commits a change inside the superproject's submodule checkout without pushing it; returns it. */
    public String commitInSubmodule(Superproject superproject, String file, String content) {
        return commitFile(superproject.submoduleCheckout(), file, content);
    }

    /** Stages the submodule's checked-out commit in the superproject (without committing). */
    public void stageSubmodule(Path superproject, String path) {
        git(superproject, "add", "--", path);
    }

    /** Stages and commits the submodule's checked-out commit in the superproject; returns it. */
    public String recordSubmodule(Path superproject, String path) {
        stageSubmodule(superproject, path);
        git(superproject, "commit", "--quiet", "-m", "Update submodule " + path);
        return recordedCommit(superproject, path, "HEAD");
    }

    /** The gitlink commit at {@code path} in {@code treeish} (e.g. {@code HEAD}). */
    public String recordedCommit(Path superproject, String path, String treeish) {
        String line = git(superproject, "ls-tree", treeish, "--", path);
        // "160000 commit <id>\t<path>"
        return line.split("\\s+")[2];
    }

    /**
     * Saves the workspace. Building repositories with git takes a few hundred milliseconds; restoring a
     * snapshot takes a few, so a test class builds its shapes once and restores them before each test.
     * Restoring puts everything back at the same absolute paths, so the {@code file://} urls recorded in
     * configs and {@code .gitmodules} stay valid.
     */
    public DirectorySnapshot snapshot() {
        packRepositories();
        return DirectorySnapshot.save(workspace,
                workspace.resolveSibling(workspace.getFileName() + ".snapshot-" + System.nanoTime()));
    }

    /** Packs the objects and refs of every repository in the workspace: a few files instead of dozens. */
    private void packRepositories() {
        try (Stream<Path> paths = Files.walk(workspace)) {
            List<Path> gitDirs = paths
                    .filter(p -> Files.isDirectory(p.resolve("objects")) && Files.isRegularFile(p.resolve("HEAD")))
                    .toList();
            for (Path gitDir : gitDirs) {
                git(gitDir, "--git-dir=" + gitDir, "repack", "-a", "-d", "-q");
                git(gitDir, "--git-dir=" + gitDir, "pack-refs", "--all");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code file:///...} for a local directory, as git writes it. */
    public static String fileUrl(Path directory) {
        return "file://" + directory.toAbsolutePath().toString().replace('\\', '/');
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
