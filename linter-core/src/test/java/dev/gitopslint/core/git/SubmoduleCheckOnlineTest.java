package dev.gitopslint.core.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmoduleCheckOnlineTest {

    @TempDir
    static Path temporary;

    private static GitFixtures git;
    private static Path workspace;
    private static GitFixtures.Superproject project;
    private static GitFixtures.Superproject relative;
    private static DirectorySnapshot built;

    private final SubmoduleCheckOptions onlineOptions =
            SubmoduleCheckOptions.online().withNetworkTimeout(Duration.ofSeconds(2));
    private final SubmoduleCheck online = new SubmoduleCheck(onlineOptions);
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

    private static SubmoduleResult onlyResult(Path repository, SubmoduleCheck check) {
        SubmoduleReport report = check.check(repository);
        assertThat(report.results()).hasSize(1);
        return report.results().get(0);
    }

    @Test
    void commitAtABranchTipIsReachable() {
        SubmoduleResult result = onlyResult(project.directory(), online);

        assertThat(result.state()).isEqualTo(Reachability.REACHABLE);
        assertThat(result.reason()).contains("tip of main");
        assertThat(result.remoteName()).isEmpty();
        assertThat(result.remoteUrl()).isEqualTo(GitFixtures.fileUrl(project.submoduleRemote()));
    }

    @Test
    void olderPushedCommitIsReachableThroughTheFetchedHistory() {
        git.git(project.submoduleCheckout(), "checkout", "--quiet", "HEAD~1");
        String older = git.recordSubmodule(project.directory(), "backlog");

        SubmoduleResult result = onlyResult(project.directory(), online);

        assertThat(result.commit()).isEqualTo(older);
        assertThat(result.state()).isEqualTo(Reachability.REACHABLE);
        assertThat(result.reason()).contains("is on main");
    }

    @Test
    void unpushedCommitIsUnreachable() {
        git.commitInSubmodule(project, "notes.md", "only here\n");
        git.recordSubmodule(project.directory(), "backlog");

        SubmoduleResult result = onlyResult(project.directory(), online);

        assertThat(result.state()).isEqualTo(Reachability.UNREACHABLE);
        assertThat(result.reason()).contains(result.shortCommit()).contains(result.remoteUrl());
    }

    @Test
    void forcePushedAwayCommitIsUnreachableEvenWhileTheCloneIsStale() {
        git.rewriteLastCommit(project.submoduleWork(), "README.md", "second, rewritten\n");

        assertThat(onlyResult(project.directory(), offline).state()).isEqualTo(Reachability.REACHABLE);
        SubmoduleResult result = onlyResult(project.directory(), online);

        assertThat(result.commit()).isEqualTo(project.recordedCommit());
        assertThat(result.state()).isEqualTo(Reachability.UNREACHABLE);
    }

    @Test
    void uninitialisedSubmoduleIsDecidedByTheRemote() {
        Path plainClone = git.clone(project.remote(), "plain-clone");

        assertThat(onlyResult(plainClone, offline).state()).isEqualTo(Reachability.UNVERIFIED);
        assertThat(onlyResult(plainClone, online).state()).isEqualTo(Reachability.REACHABLE);
    }

    @Test
    void uninitialisedSubmoduleAtAnUnpushedCommitIsUnreachable() {
        git.commitInSubmodule(project, "notes.md", "only here\n");
        git.recordSubmodule(project.directory(), "backlog");
        git.push(project.directory());
        Path plainClone = git.clone(project.remote(), "plain-clone");

        assertThat(onlyResult(plainClone, offline).state()).isEqualTo(Reachability.UNVERIFIED);
        assertThat(onlyResult(plainClone, online).state()).isEqualTo(Reachability.UNREACHABLE);
    }

    @Test
    void relativeUrlIsResolvedAgainstTheSuperprojectRemote() {
        SubmoduleResult result = onlyResult(relative.directory(), online);

        assertThat(result.url()).isEqualTo("../lib.git");
        assertThat(result.remoteUrl()).isEqualTo(GitFixtures.fileUrl(relative.remote().getParent()) + "/lib.git");
        assertThat(result.state()).isEqualTo(Reachability.REACHABLE);
    }

    @Test
    void commitAtAnAnnotatedTagIsReachable() {
        Path work = project.submoduleWork();
        git.git(work, "checkout", "--quiet", "-b", "release");
        String tagged = git.commitFile(work, "RELEASE.md", "v1\n");
        git.git(work, "tag", "-a", "-m", "Release 1", "v1");
        git.git(work, "push", "--quiet", "origin", "v1");
        git.git(project.submoduleCheckout(), "fetch", "--quiet", "--tags", "origin");
        git.git(project.submoduleCheckout(), "checkout", "--quiet", tagged);
        git.recordSubmodule(project.directory(), "backlog");

        SubmoduleResult result = onlyResult(project.directory(), online);

        assertThat(result.state()).isEqualTo(Reachability.REACHABLE);
        assertThat(result.reason()).contains("tip of v1");
    }

    @Test
    void indexAndHeadAreCheckedSeparately() {
        git.commitInSubmodule(project, "notes.md", "staged only\n");
        git.stageSubmodule(project.directory(), "backlog");

        assertThat(onlyResult(project.directory(), online).state()).isEqualTo(Reachability.REACHABLE);
        assertThat(onlyResult(project.directory(), new SubmoduleCheck(onlineOptions.withSource(TreeSource.INDEX)))
                .state()).isEqualTo(Reachability.UNREACHABLE);
    }

    @Test
    void missingRemoteRepositoryCannotBeVerified() {
        pointSubmoduleAt(GitFixtures.fileUrl(workspace.resolve("does-not-exist.git")));

        SubmoduleResult result = onlyResult(project.directory(), online);

        assertThat(result.state()).isEqualTo(Reachability.UNVERIFIED);
        assertThat(result.reason()).contains("does-not-exist.git");
    }

    @Test
    void refusedConnectionCannotBeVerified() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        pointSubmoduleAt("http://127.0.0.1:" + closedPort + "/backlog.git");

        long start = System.nanoTime();
        SubmoduleResult result = onlyResult(project.directory(), online);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(result.state()).isEqualTo(Reachability.UNVERIFIED);
        assertThat(result.reason()).contains("cannot reach remote http://127.0.0.1:" + closedPort);
    }

    @Test
    void sshRemoteWithoutAnSshClientCannotBeVerified() {
        pointSubmoduleAt("ssh://git@127.0.0.1:1/backlog.git");

        SubmoduleResult result = onlyResult(project.directory(), online);

        assertThat(result.state()).isEqualTo(Reachability.UNVERIFIED);
        assertThat(result.reason()).contains("ssh://git@127.0.0.1:1/backlog.git");
    }

    @Test
    void silentRemoteGivesUpWithinTheTimeout() throws Exception {
        try (SilentServer server = new SilentServer()) {
            pointSubmoduleAt("http://127.0.0.1:" + server.port() + "/backlog.git");
            SubmoduleCheck check = new SubmoduleCheck(onlineOptions.withNetworkTimeout(Duration.ofSeconds(1)));

            long start = System.nanoTime();
            SubmoduleResult result = onlyResult(project.directory(), check);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            assertThat(result.state()).isEqualTo(Reachability.UNVERIFIED);
            assertThat(result.reason()).contains("cannot reach remote");
            assertThat(server.connections()).isPositive();
            assertThat(elapsed).isBetween(Duration.ofMillis(900), Duration.ofSeconds(8));
        }
    }

    @Test
    void fetchedRepositoryIsDeletedAfterTheCheck() throws IOException {
        Path scratch = Files.createDirectories(temporary.resolve("scratch"));
        String older = git.git(project.submoduleWork(), "rev-parse", "HEAD~1");
        GitmodulesEntry entry = new GitmodulesEntry("backlog", "backlog", "", TextPosition.START);
        String url = GitFixtures.fileUrl(project.submoduleRemote());

        try (OnlineVerifier verifier = new OnlineVerifier(Duration.ofSeconds(2), Duration.ofSeconds(30), scratch)) {
            Verdict verdict = verifier.verify(entry, ObjectId.fromString(older), url);
            assertThat(verdict.state()).isEqualTo(Reachability.REACHABLE);
            assertThat(listing(scratch)).hasSize(1);
            // a second question about the same remote reuses the fetch
            verifier.verify(entry, ObjectId.fromString(project.recordedCommit()), url);
            verifier.verify(entry, ObjectId.fromString("0123456789012345678901234567890123456789"), url);
            assertThat(listing(scratch)).hasSize(1);
        }
        assertThat(listing(scratch)).isEmpty();
    }

    private static List<Path> listing(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.toList();
        }
    }

    /** Changes the submodule url in .gitmodules and commits, as a user editing the file would. */
    private void pointSubmoduleAt(String url) {
        git.git(project.directory(), "config", "--file", ".gitmodules", "submodule.backlog.url", url);
        git.git(project.directory(), "commit", "--quiet", "-am", "Move the submodule");
    }

    /** Accepts connections and never answers: the remote that hangs. */
    private static final class SilentServer implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        private final List<Socket> accepted = new ArrayList<>();
        private final Thread acceptor = new Thread(this::acceptForever, "silent-remote");

        SilentServer() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        synchronized int connections() {
            return accepted.size();
        }

        private void acceptForever() {
            while (!socket.isClosed()) {
                try {
                    Socket connection = socket.accept();
                    synchronized (this) {
                        accepted.add(connection);
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            try {
                acceptor.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (this) {
                for (Socket connection : accepted) {
                    connection.close();
                }
            }
        }
    }
}
