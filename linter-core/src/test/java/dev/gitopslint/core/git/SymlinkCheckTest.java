package dev.gitopslint.core.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(value = OS.WINDOWS, disabledReason = "creating symlinks needs extra privileges there")
class SymlinkCheckTest {

    @TempDir
    Path workspace;

    private GitFixtures git;
    private Path repository;

    @BeforeEach
    void setUp() throws IOException {
        git = new GitFixtures(workspace.resolve("fixtures"));
        repository = workspace.resolve("repo");
        git.writeFile(repository, "values.yaml", "a: 1\n");
        git.writeFile(repository, "envs/dev/values.yaml", "b: 2\n");
        Files.writeString(workspace.resolve("outside.yaml"), "outside the repository\n");
    }

    private void link(String path, String target) throws IOException {
        Path link = repository.resolve(path);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, Path.of(target));
    }

    /** Every shape once: the good ones must stay silent, each bad one reported once. */
    private void createEveryShape() throws IOException {
        link("good", "values.yaml");
        link("envs/dev/shared.yaml", "../../values.yaml");
        link("envs/current", "dev");
        link("through-directory-link", "envs/current/values.yaml");
        link("root-itself", ".");
        link("dangling", "missing.yaml");
        link("envs/dangling-dir", "../nope/values.yaml");
        link("file-as-directory", "values.yaml/inner");
        link("escaping", "../outside.yaml");
        link("envs/escaping-deeper", "../../outside.yaml");
        link("up-and-back", "../repo/values.yaml");
        link("absolute", workspace.resolve("outside.yaml").toString());
        link("loop-a", "loop-b");
        link("loop-b", "loop-a");
        link("parent-link", "..");
        link("via-parent-link", "parent-link/outside.yaml");
    }

    private static final List<Object[]> EXPECTED = List.of(
            new Object[] {"absolute", SymlinkProblem.ABSOLUTE_TARGET},
            new Object[] {"dangling", SymlinkProblem.TARGET_MISSING},
            new Object[] {"envs/dangling-dir", SymlinkProblem.TARGET_MISSING},
            new Object[] {"envs/escaping-deeper", SymlinkProblem.OUTSIDE_REPOSITORY},
            new Object[] {"escaping", SymlinkProblem.OUTSIDE_REPOSITORY},
            new Object[] {"file-as-directory", SymlinkProblem.TARGET_MISSING},
            new Object[] {"loop-a", SymlinkProblem.LINK_LOOP},
            new Object[] {"loop-b", SymlinkProblem.LINK_LOOP},
            new Object[] {"parent-link", SymlinkProblem.OUTSIDE_REPOSITORY},
            new Object[] {"up-and-back", SymlinkProblem.OUTSIDE_REPOSITORY},
            new Object[] {"via-parent-link", SymlinkProblem.OUTSIDE_REPOSITORY});

    private static void assertEveryShape(List<BrokenSymlink> broken) {
        assertThat(broken)
                .extracting(BrokenSymlink::path, BrokenSymlink::problem)
                .containsExactly(EXPECTED.stream().map(e -> tuple(e[0], e[1])).toArray(org.assertj.core.groups.Tuple[]::new));
    }

    @Test
    void trackedSymlinksAreResolvedInTheCommittedTree() throws IOException {
        createEveryShape();
        git.initRepository(repository);

        List<BrokenSymlink> broken = new SymlinkCheck(TreeSource.HEAD).check(repository);

        assertEveryShape(broken);
        BrokenSymlink dangling = broken.get(1);
        assertThat(dangling.target()).isEqualTo("missing.yaml");
        assertThat(dangling.reason()).isEqualTo("symlink target 'missing.yaml' does not exist in HEAD");
        assertThat(broken.get(2).reason()).contains("'nope' is missing");
        assertThat(broken.get(5).reason()).contains("'values.yaml' is a file, not a directory");
        assertThat(broken.get(0).reason()).contains("absolute");
        assertThat(broken.get(4).reason()).isEqualTo("symlink target '../outside.yaml' leaves the repository");
        assertThat(broken.get(6).reason()).contains("symlinks point at each other");
    }

    @Test
    void aTargetThatExistsOnlyOnDiskIsMissingFromTheCommit() throws IOException {
        link("points-at-untracked", "untracked.yaml");
        git.initRepository(repository);
        git.writeFile(repository, "untracked.yaml", "never committed\n");

        assertThat(SymlinkCheck.checkDirectory(repository)).isEmpty();
        assertThat(new SymlinkCheck(TreeSource.HEAD).check(repository))
                .extracting(BrokenSymlink::path, BrokenSymlink::problem)
                .containsExactly(tuple("points-at-untracked", SymlinkProblem.TARGET_MISSING));
    }

    @Test
    void indexAndHeadAreCheckedSeparately() throws IOException {
        link("good", "values.yaml");
        git.initRepository(repository);
        link("staged-dangling", "gone.yaml");
        git.git(repository, "add", "staged-dangling");

        assertThat(new SymlinkCheck(TreeSource.HEAD).check(repository)).isEmpty();
        assertThat(new SymlinkCheck(TreeSource.INDEX).check(repository))
                .extracting(BrokenSymlink::path, BrokenSymlink::reason)
                .containsExactly(tuple("staged-dangling", "symlink target 'gone.yaml' does not exist in the index"));

        Path indexCopy = Files.copy(repository.resolve(".git/index"), workspace.resolve("commit-index"));
        git.git(repository, "rm", "--quiet", "--cached", "staged-dangling");
        assertThat(new SymlinkCheck(TreeSource.INDEX).check(repository)).isEmpty();
        assertThat(new SymlinkCheck(TreeSource.INDEX, Optional.of(indexCopy)).check(repository))
                .extracting(BrokenSymlink::path).containsExactly("staged-dangling");
    }

    @Test
    void aLinkIntoASubmoduleIsNotJudgedBeyondTheSubmodule() throws IOException {
        GitFixtures.Superproject project = git.superprojectWithSubmodule("backlog");
        Path dir = project.directory();
        Files.createSymbolicLink(dir.resolve("readme-link"), Path.of("backlog/README.md"));
        git.git(dir, "add", "readme-link");
        git.git(dir, "commit", "--quiet", "-m", "Link into the submodule");

        assertThat(new SymlinkCheck(TreeSource.HEAD).check(dir)).isEmpty();
    }

    @Test
    void plainDirectoryIsWalkedOnDisk() throws IOException {
        createEveryShape();

        assertEveryShape(new SymlinkCheck(TreeSource.HEAD).check(repository));
        assertEveryShape(SymlinkCheck.checkDirectory(repository));
        assertThat(SymlinkCheck.checkDirectory(repository).get(1).reason())
                .isEqualTo("symlink target 'missing.yaml' does not exist");
    }

    @Test
    void aCopiedCheckoutWithAStaleGitFileIsWalkedOnDisk() throws IOException {
        link("dangling", "missing.yaml");
        git.writeFile(repository, ".git", "gitdir: /nowhere/.git/modules/copied\n");

        assertThat(new SymlinkCheck(TreeSource.HEAD).check(repository)).extracting(BrokenSymlink::path)
                .containsExactly("dangling");
    }

    @Test
    void symlinkedDirectoriesAreNotEntered() throws IOException {
        Path elsewhere = workspace.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        Files.createSymbolicLink(elsewhere.resolve("broken-inside"), Path.of("nothing-here"));
        link("charts", "envs");
        link("escape-dir", "../elsewhere");

        assertThat(SymlinkCheck.checkDirectory(repository))
                .extracting(BrokenSymlink::path, BrokenSymlink::problem)
                .containsExactly(tuple("escape-dir", SymlinkProblem.OUTSIDE_REPOSITORY));
    }

    @Test
    void repositoryWithoutCommitsHasNothingToCheckInHead() throws IOException {
        link("dangling", "missing.yaml");
        git.git(repository, "init", "--quiet");

        assertThat(new SymlinkCheck(TreeSource.HEAD).check(repository)).isEmpty();
        git.git(repository, "add", "dangling");
        assertThat(new SymlinkCheck(TreeSource.INDEX).check(repository)).extracting(BrokenSymlink::path)
                .containsExactly("dangling");
    }
}
