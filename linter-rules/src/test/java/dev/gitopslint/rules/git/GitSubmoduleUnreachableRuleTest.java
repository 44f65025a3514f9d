package dev.gitopslint.rules.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.GitOpsLinter;
import dev.gitopslint.core.engine.LintRequest;
import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.git.GitFixtures;
import dev.gitopslint.core.rule.RuleRegistry;
import dev.gitopslint.rules.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule on real repositories made with git in temporary directories ({@code file://} remotes): a
 * pushed submodule commit is clean, an unpushed one is an error on its .gitmodules entry, an
 * uninitialised submodule is a "cannot verify" warning, and the sample repository with a
 * {@code backlog/} submodule at an unpushed commit is reported through the whole pipeline.
 */
class GitSubmoduleUnreachableRuleTest {

    @TempDir
    Path temp;

    private static List<Finding> submoduleFindings(Path repository, boolean online) throws Exception {
        LintResult result = new GitOpsLinter(RuleRegistry.load())
                .lint(LintRequest.of(repository).withOnline(online));
        return result.findings().stream().filter(f -> f.ruleId().equals("git-submodule-unreachable")).toList();
    }

    @Test
    void pushedCommitIsClean() throws Exception {
        GitFixtures git = new GitFixtures(temp);
        GitFixtures.Superproject superproject = git.superprojectWithSubmodule("backlog");
        assertThat(submoduleFindings(superproject.directory(), false)).isEmpty();
        assertThat(submoduleFindings(superproject.directory(), true)).isEmpty();
    }

    @Test
    void unpushedCommitIsAnErrorOnTheGitmodulesEntry() throws Exception {
        GitFixtures git = new GitFixtures(temp);
        GitFixtures.Superproject superproject = git.superprojectWithSubmodule("backlog");
        git.commitInSubmodule(superproject, "notes.md", "not pushed\n");
        String commit = git.recordSubmodule(superproject.directory(), "backlog");
        for (boolean online : new boolean[] {false, true}) {
            assertThat(submoduleFindings(superproject.directory(), online)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.location().file()).isEqualTo(".gitmodules");
                assertThat(f.location().line()).isEqualTo(1);
                assertThat(f.message()).contains(commit.substring(0, 12)).contains("not our ref");
            });
        }
    }

    @Test
    void uninitialisedSubmoduleCannotBeVerifiedOffline() throws Exception {
        GitFixtures git = new GitFixtures(temp);
        GitFixtures.Superproject superproject = git.superprojectWithSubmodule("backlog");
        Path clone = git.clone(superproject.remote(), "plain-clone");
        assertThat(submoduleFindings(clone, false)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).startsWith("cannot verify");
        });
        assertThat(submoduleFindings(clone, true)).as("--online asks the remote").isEmpty();
    }

    @Test
    void theSampleRepositoryWithAnUnpushedBacklogSubmodule() throws Exception {
        GitFixtures git = new GitFixtures(temp.resolve("git"));
        Path sample = Fixtures.copy(Fixtures.root().resolve("repos/ameide-sample"), temp.resolve("sample"));
        git.initRepository(sample);
        GitFixtures.Published backlog = git.publishedRepository("ameide-backlog");
        git.addSubmodule(sample, GitFixtures.fileUrl(backlog.remote()), "backlog");
        git.commitFile(sample.resolve("backlog"), "713-migration.md", "# not pushed\n");
        git.recordSubmodule(sample, "backlog");
        List<Finding> findings = submoduleFindings(sample, false);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location().file()).isEqualTo(".gitmodules");
            assertThat(f.message()).contains("submodule backlog");
        });
    }
}
