package dev.gitopslint.core.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmoduleCheckOfflineTest {

    @TempDir
    static Path temporary;

    private static GitFixtures git;
    private static Path workspace;
    private static GitFixtures.Superproject project;
    private static GitFixtures.Superproject relative;
    private static DirectorySnapshot built;

    private final SubmoduleCheck offline = new SubmoduleCheck(SubmoduleCheckOptions.offline());

    @BeforeAll
    static void buildRepositories() {
        workspace = temporary.resolve("workspace");
        git = new GitFixtures(workspace);
        project = git.superprojectWithSubmodule("backlog");
        relative = git.superprojectWithSubmodule("modules/lib", "../lib.git");
        built = git.snapshot();
    }

    @BeforeEach
    void restoreRepositories() {
        built.restore();
    }

    private SubmoduleResult onlyResult(Path repository, SubmoduleCheck check) {
        SubmoduleReport report = check.check(repository);
        assertThat(report.results()).hasSize(1);
        assertThat(report.gitlinksWithoutEntry()).isEmpty();
        assertThat(report.entriesWithoutGitlink()).isEmpty();
        assertThat(report.problems()).isEmpty();
        return report.results().get(0);
    }

    @Test
    void pushedCommitIsReachable() {

        SubmoduleResult result = onlyResult(project.directory(), offline);

        assertThat(result.state()).isEqualTo(Reachability.REACHABLE);
        assertThat(result.name()).isEqualTo("backlog");
        assertThat(result.path()).isEqualTo("backlog");
        assertThat(result.url()).isEqualTo(GitFixtures.fileUrl(project.submoduleRemote()));
        assertThat(result.commit()).isEqualTo(project.recordedCommit());
        assertThat(result.remoteName()).contains("origin");
        assertThat(result.remoteUrl()).isEqualTo(GitFixtures.fileUrl(project.submoduleRemote()));
        assertThat(result.position()).isEqualTo(new TextPosition(1, 1));
        assertThat(result.reason()).contains(result.shortCommit()).contains("origin/main");
    }

    @Test
    void unpushedLocalCommitIsUnreachable() {
        String local = git.commitInSubmodule(project, "notes.md", "only here\n");
        assertThat(git.recordSubmodule(project.directory(), "backlog")).isEqualTo(local);

        SubmoduleResult result = onlyResult(project.directory(), offline);

        assertThat(result.state()).isEqualTo(Reachability.UNREACHABLE);
        assertThat(result.commit()).isEqualTo(local);
        assertThat(result.reason())
                .contains(local.substring(0, 12))
                .contains(GitFixtures.fileUrl(project.submoduleRemote()));
    }

    @Test
    void commitRewrittenAwayByForcePushIsUnreachableOnceTheCloneHasFetched() {
        git.rewriteLastCommit(project.submoduleWork(), "README.md", "second, rewritten\n");

        // The clone's remote-tracking refs still show the old tip: offline evidence is that old.
        assertThat(onlyResult(project.directory(), offline).state()).isEqualTo(Reachability.REACHABLE);

        git.git(project.submoduleCheckout(), "fetch", "--quiet", "origin");
        SubmoduleResult result = onlyResult(project.directory(), offline);

        assertThat(result.state()).isEqualTo(Reachability.UNREACHABLE);
        assertThat(result.commit()).isEqualTo(project.recordedCommit());
    }

    @Test
    void uninitialisedSubmoduleCannotBeVerified() {
        Path plainClone = git.clone(project.remote(), "plain-clone");

        SubmoduleResult result = onlyResult(plainClone, offline);

        assertThat(result.state()).isEqualTo(Reachability.UNVERIFIED);
        assertThat(result.reason()).contains("not initialised");
        assertThat(result.commit()).isEqualTo(project.recordedCommit());
        assertThat(result.remoteName()).isEmpty();
    }

    @Test
    void deinitialisedSubmoduleIsDecidedFromTheModulesDirectory() {
        git.git(project.directory(), "submodule", "deinit", "--quiet", "--force", "backlog");
        assertThat(project.directory().resolve(".git/modules/backlog")).isDirectory();
        assertThat(project.submoduleCheckout().resolve(".git")).doesNotExist();

        assertThat(onlyResult(project.directory(), offline).state()).isEqualTo(Reachability.REACHABLE);
    }

    @Test
    void linkedWorktreeUsesTheSubmoduleCloneOfTheMainWorktree() {
        Path worktree = workspace.resolve("linked-worktree");
        git.git(project.directory(), "worktree", "add", "--quiet", "--detach", worktree.toString());
        assertThat(worktree.resolve("backlog/.git")).doesNotExist();

        assertThat(onlyResult(worktree, offline).state()).isEqualTo(Reachability.REACHABLE);

        git.git(worktree, "submodule", "update", "--quiet", "--init");
        assertThat(onlyResult(worktree, offline).state()).isEqualTo(Reachability.REACHABLE);
    }

    @Test
    void commitMissingFromTheLocalCloneCannotBeVerified() {
        Path colleague = git.cloneWithSubmodules(project.remote(), "colleague");
        git.commitInSubmodule(project, "notes.md", "unpushed\n");
        String recorded = git.recordSubmodule(project.directory(), "backlog");
        git.push(project.directory());
        // Pull the superproject only: the new gitlink arrives, the submodule clone is not updated.
        git.git(colleague, "pull", "--quiet", "--no-recurse-submodules");

        SubmoduleResult result = onlyResult(colleague, offline);

        assertThat(result.commit()).isEqualTo(recorded);
        assertThat(result.state()).isEqualTo(Reachability.UNVERIFIED);
        assertThat(result.reason()).contains("not in the local submodule clone");
    }

    @Test
    void cloneWithoutRemoteTrackingRefsCannotBeVerified() {
        git.git(project.submoduleCheckout(), "remote", "set-head", "origin", "--delete");
        git.git(project.submoduleCheckout(), "update-ref", "-d", "refs/remotes/origin/main");

        SubmoduleResult result = onlyResult(project.directory(), offline);

        assertThat(result.state()).isEqualTo(Reachability.UNVERIFIED);
        assertThat(result.reason()).contains("no remote-tracking refs");
    }

    @Test
    void theRemoteNamedInGitmodulesIsConsultedNotAFork() {
        Path fork = git.bareRepository("backlog-fork");
        Path checkout = project.submoduleCheckout();
        git.git(checkout, "remote", "rename", "origin", "upstream");
        git.git(checkout, "remote", "add", "origin", GitFixtures.fileUrl(fork));
        String onFork = git.commitInSubmodule(project, "fork.md", "only on the fork\n");
        git.git(checkout, "push", "--quiet", "origin", "HEAD:refs/heads/main");
        git.recordSubmodule(project.directory(), "backlog");

        SubmoduleResult result = onlyResult(project.directory(), offline);

        assertThat(result.commit()).isEqualTo(onFork);
        assertThat(result.remoteName()).contains("upstream");
        assertThat(result.state()).isEqualTo(Reachability.UNREACHABLE);
    }

    @Test
    void cloneTrackingAnotherUrlCannotVouchForTheCommit() {
        String moved = "https://example.invalid/moved/backlog.git";
        git.git(project.directory(), "config", "--file", ".gitmodules", "submodule.backlog.url", moved);
        git.git(project.directory(), "commit", "--quiet", "-am", "Move the submodule");

        SubmoduleResult result = onlyResult(project.directory(), offline);

        assertThat(result.state()).isEqualTo(Reachability.UNVERIFIED);
        assertThat(result.remoteUrl()).isEqualTo(moved);
        assertThat(result.reason()).contains("has no remote for " + moved);
    }

    @Test
    void commitOnlyOnAPushedTagIsReachable() {
        Path work = project.submoduleWork();
        git.git(work, "checkout", "--quiet", "-b", "release");
        String tagged = git.commitFile(work, "RELEASE.md", "v1\n");
        git.git(work, "tag", "-a", "-m", "Release 1", "v1");
        git.git(work, "push", "--quiet", "origin", "v1");
        git.git(project.submoduleCheckout(), "fetch", "--quiet", "--tags", "origin");
        git.git(project.submoduleCheckout(), "checkout", "--quiet", tagged);
        git.recordSubmodule(project.directory(), "backlog");

        SubmoduleResult result = onlyResult(project.directory(), offline);

        assertThat(result.state()).isEqualTo(Reachability.REACHABLE);
        assertThat(result.reason()).contains("v1");
    }

    @Test
    void indexAndHeadAreCheckedSeparately() throws Exception {
        String staged = git.commitInSubmodule(project, "notes.md", "staged only\n");
        git.stageSubmodule(project.directory(), "backlog");

        SubmoduleResult head = onlyResult(project.directory(), offline);
        SubmoduleResult index = onlyResult(project.directory(),
                new SubmoduleCheck(SubmoduleCheckOptions.offline().withSource(TreeSource.INDEX)));

        assertThat(head.commit()).isEqualTo(project.recordedCommit());
        assertThat(head.state()).isEqualTo(Reachability.REACHABLE);
        assertThat(index.commit()).isEqualTo(staged);
        assertThat(index.state()).isEqualTo(Reachability.UNREACHABLE);

        // A hook's GIT_INDEX_FILE: keep the staged index aside, then unstage in the real one.
        Path indexCopy = Files.copy(project.directory().resolve(".git/index"), project.directory().resolve(".git/index.commit"));
        git.git(project.directory(), "reset", "--quiet", "--", "backlog");
        SubmoduleCheck fromCopy = new SubmoduleCheck(SubmoduleCheckOptions.offline().withIndexFile(indexCopy));
        SubmoduleCheck fromRelative = new SubmoduleCheck(
                SubmoduleCheckOptions.offline().withIndexFile(Path.of(".git/index.commit")));
        SubmoduleCheck fromIndex = new SubmoduleCheck(SubmoduleCheckOptions.offline().withSource(TreeSource.INDEX));

        assertThat(onlyResult(project.directory(), fromCopy).commit()).isEqualTo(staged);
        assertThat(onlyResult(project.directory(), fromRelative).commit()).isEqualTo(staged);
        assertThat(onlyResult(project.directory(), fromIndex).commit()).isEqualTo(project.recordedCommit());
    }

    @Test
    void relativeUrlIsReadAgainstTheSuperprojectRemote() {
        SubmoduleResult result = onlyResult(relative.directory(), offline);

        assertThat(result.url()).isEqualTo("../lib.git");
        assertThat(result.remoteUrl()).isEqualTo(GitFixtures.fileUrl(workspace.resolve("lib.git")));
        assertThat(result.state()).isEqualTo(Reachability.REACHABLE);
    }

    @Test
    void nestedPathAndPositionOfEachEntry() {
        Path other = git.bareRepository("charts");
        Path otherWork = git.clone(other, "charts-work");
        git.commitFile(otherWork, "Chart.yaml", "name: x\n");
        git.push(otherWork);
        git.addSubmodule(project.directory(), GitFixtures.fileUrl(other), "vendor/charts");

        SubmoduleReport report = offline.check(project.directory());

        assertThat(report.results()).extracting(SubmoduleResult::path).containsExactly("backlog", "vendor/charts");
        assertThat(report.results()).extracting(SubmoduleResult::state)
                .containsOnly(Reachability.REACHABLE);
        assertThat(report.results().get(1).position()).isEqualTo(new TextPosition(4, 1));
        assertThat(report.results().get(1).name()).isEqualTo("vendor/charts");
    }

    @Test
    void gitlinkWithoutEntryAndEntryWithoutGitlinkAreReported() {
        Path dir = project.directory();
        String orphanCommit = project.recordedCommit();
        git.git(dir, "update-index", "--add", "--cacheinfo", "160000," + orphanCommit + ",vendor/orphan");
        git.writeFile(dir, ".gitmodules", readString(dir.resolve(".gitmodules"))
                + "[submodule \"removed\"]\n\tpath = removed\n\turl = https://example.invalid/removed.git\n");
        git.git(dir, "add", ".gitmodules");
        git.git(dir, "commit", "--quiet", "-m", "Leave things inconsistent");

        SubmoduleReport report = offline.check(dir);

        assertThat(report.results()).extracting(SubmoduleResult::name).containsExactly("backlog");
        assertThat(report.gitlinksWithoutEntry()).containsExactly(new UnmatchedGitlink("vendor/orphan", orphanCommit));
        assertThat(report.entriesWithoutGitlink())
                .containsExactly(new UnmatchedEntry("removed", "removed", new TextPosition(4, 1)));
    }

    @Test
    void directoriesWithoutHistoryGiveNoResults() {
        assertThat(offline.check(workspace)).isEqualTo(SubmoduleReport.EMPTY);

        Path plain = workspace.resolve("plain");
        git.writeFile(plain, "values.yaml", "a: 1\n");
        assertThat(offline.check(plain)).isEqualTo(SubmoduleReport.EMPTY);

        Path empty = workspace.resolve("empty");
        git.writeFile(empty, "values.yaml", "a: 1\n");
        git.git(empty, "init", "--quiet");
        assertThat(offline.check(empty)).isEqualTo(SubmoduleReport.EMPTY);
        assertThat(new SubmoduleCheck(SubmoduleCheckOptions.offline().withSource(TreeSource.INDEX)).check(empty))
                .isEqualTo(SubmoduleReport.EMPTY);
        Path subdirectory = project.directory().resolve("apps");
        git.writeFile(subdirectory, "values.yaml", "a: 1\n");
        assertThat(offline.check(subdirectory)).isEqualTo(SubmoduleReport.EMPTY);

        Path staleGitFile = workspace.resolve("copied-checkout");
        git.writeFile(staleGitFile, ".git", "gitdir: /nowhere/.git/modules/copied\n");
        assertThat(offline.check(staleGitFile)).isEqualTo(SubmoduleReport.EMPTY);

        Path noSubmodules = git.initRepository(workspace.resolve("no-submodules"));
        assertThat(offline.check(noSubmodules)).isEqualTo(SubmoduleReport.EMPTY);
    }

    @Test
    void existingDirectoryGetsABacklogSubmodule() {
        Path copy = workspace.resolve("sample-copy");
        git.writeFile(copy, "apps/values.yaml", "replicas: 1\n");
        git.initRepository(copy);
        GitFixtures.Published backlog = git.publishedRepository("ameide-backlog");
        git.addSubmodule(copy, GitFixtures.fileUrl(backlog.remote()), "backlog");

        assertThat(onlyResult(copy, offline).state()).isEqualTo(Reachability.REACHABLE);
        assertThat(onlyResult(copy, offline).commit()).isEqualTo(backlog.tip());

        git.commitFile(copy.resolve("backlog"), "713-migration.md", "not pushed\n");
        git.recordSubmodule(copy, "backlog");
        assertThat(onlyResult(copy, offline).state()).isEqualTo(Reachability.UNREACHABLE);
    }

    @Test
    void entryWithoutUrlCannotBeVerified() {
        git.writeFile(project.directory(), ".gitmodules", "[submodule \"backlog\"]\n\tpath = backlog\n");
        git.commitAll(project.directory(), "Lose the url");

        SubmoduleResult result = onlyResult(project.directory(), offline);

        assertThat(result.state()).isEqualTo(Reachability.UNVERIFIED);
        assertThat(result.reason()).contains("no url");
        assertThat(result.remoteName()).isEqualTo(Optional.empty());
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
