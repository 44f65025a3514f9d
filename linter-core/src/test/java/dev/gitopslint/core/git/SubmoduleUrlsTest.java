package dev.gitopslint.core.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubmoduleUrlsTest {

    @TempDir
    Path workspace;

    @ParameterizedTest(name = "{1} against {0}")
    @CsvSource({
            "https://github.com/org/super.git,    ../backlog.git,  https://github.com/org/backlog.git",
            "https://github.com/org/super.git/,   ../backlog.git,  https://github.com/org/backlog.git",
            "https://github.com/org/super.git,    ./sub.git,       https://github.com/org/super.git/sub.git",
            "https://github.com/org/super.git,    ../../x/lib.git, https://github.com/x/lib.git",
            "git@github.com:org/super.git,        ../backlog.git,  git@github.com:org/backlog.git",
            "git@github.com:super.git,            ../backlog.git,  git@github.com:backlog.git",
            "/srv/git/super.git,                  ../lib.git,      /srv/git/lib.git",
            "file:///srv/git/super.git,           ./../lib.git,    file:///srv/git/lib.git",
    })
    void resolvesLikeGit(String base, String relative, String expected) throws IOException {
        assertThat(SubmoduleUrls.resolve(relative, base)).isEqualTo(expected);
        assertThat(resolvedByGit(base, relative)).isEqualTo(expected);
    }

    @Test
    void absoluteUrlsAreKept() {
        assertThat(SubmoduleUrls.resolve("https://example.com/a.git", "https://other/b.git"))
                .isEqualTo("https://example.com/a.git");
        assertThat(SubmoduleUrls.resolve("git@host:a.git", "/srv/b.git")).isEqualTo("git@host:a.git");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "https://github.com/Org/Repo.git,          github.com/Org/Repo",
            "git@github.com:Org/Repo.git,              github.com/Org/Repo",
            "ssh://git@GitHub.com:22/Org/Repo.git/,    github.com/Org/Repo",
            "file:///srv/git/repo.git,                 /srv/git/repo",
            "/srv/git/repo.git,                        /srv/git/repo",
            "../relative/repo,                         ../relative/repo",
    })
    void urlsCompareByHostAndPath(String url, String expected) {
        assertThat(SubmoduleUrls.comparable(url)).isEqualTo(expected);
    }

    @Test
    void defaultRemoteIsTheCurrentBranchRemoteThenOriginThenTheWorkTree() throws IOException {
        GitFixtures git = new GitFixtures(workspace);
        Path dir = git.initRepository(workspace.resolve("super"));
        try (Repository repository = new FileRepositoryBuilder().setWorkTree(dir.toFile()).build()) {
            assertThat(SubmoduleUrls.resolve("../lib.git", repository))
                    .isEqualTo(dir.getParent().toAbsolutePath() + "/lib.git");

            git.git(dir, "remote", "add", "origin", "https://example.com/org/super.git");
            assertThat(SubmoduleUrls.resolve("../lib.git", repository)).isEqualTo("https://example.com/org/lib.git");

            git.git(dir, "remote", "add", "upstream", "https://mirror.example.com/org/super.git");
            git.git(dir, "config", "branch.main.remote", "upstream");
            assertThat(SubmoduleUrls.resolve("../lib.git", repository))
                    .isEqualTo("https://mirror.example.com/org/lib.git");
        }
    }

    /** What {@code git submodule init} records for {@code relative} in a superproject whose origin is {@code base}. */
    private String resolvedByGit(String base, String relative) {
        GitFixtures git = new GitFixtures(workspace.resolve("case-" + System.nanoTime()));
        Path dir = git.initRepository(git.workspace().resolve("super"));
        git.git(dir, "remote", "add", "origin", base);
        String commit = git.head(dir);
        git.git(dir, "update-index", "--add", "--cacheinfo", "160000," + commit + ",sub");
        git.git(dir, "config", "--file", ".gitmodules", "submodule.sub.path", "sub");
        git.git(dir, "config", "--file", ".gitmodules", "submodule.sub.url", relative);
        git.git(dir, "submodule", "init", "--quiet");
        return git.git(dir, "config", "submodule.sub.url");
    }
}
