package dev.gitopslint.core.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitAncestryTest {

    @TempDir
    Path workspace;

    @Test
    void findsTheContainingRefAndGivesUpNamingOnlyAfterSeveralTries() throws IOException {
        GitFixtures git = new GitFixtures(workspace);
        Path dir = git.initRepository(workspace.resolve("repo"));
        String base = git.commitFile(dir, "a.txt", "a\n");
        git.git(dir, "checkout", "--quiet", "-b", "feature");
        String featureOnly = git.commitFile(dir, "b.txt", "b\n");
        String tagged = git.commitFile(dir, "b.txt", "b2\n");
        git.git(dir, "tag", "-a", "-m", "annotated", "z-release", tagged);
        git.git(dir, "checkout", "--quiet", "main");
        git.git(dir, "branch", "--quiet", "-D", "feature");
        String unrelated = git.commitFile(dir, "c.txt", "c\n");
        git.git(dir, "reset", "--quiet", "--hard", "HEAD~1");

        try (Repository repository = new FileRepositoryBuilder().setWorkTree(dir.toFile()).build()) {
            List<Ref> mainAndTag = refs(repository);
            assertThat(CommitAncestry.firstContaining(repository, id(base), mainAndTag)).contains("refs/heads/main");
            assertThat(CommitAncestry.firstContaining(repository, id(featureOnly), mainAndTag))
                    .contains("refs/tags/z-release");
            assertThat(CommitAncestry.firstContaining(repository, id(unrelated), mainAndTag)).isEmpty();

            for (int i = 0; i < 10; i++) {
                git.git(dir, "branch", "side-" + i, "main");
            }
            List<Ref> many = refs(repository);
            // a tip is always named; a commit below it only within the first tries
            assertThat(CommitAncestry.firstContaining(repository, id(tagged), many)).contains("refs/tags/z-release");
            assertThat(CommitAncestry.firstContaining(repository, id(featureOnly), many))
                    .contains(CommitAncestry.SOME_REF);
            assertThat(CommitAncestry.firstContaining(repository, id(unrelated), many)).isEmpty();
        }
    }

    private static List<Ref> refs(Repository repository) throws IOException {
        List<Ref> refs = new ArrayList<>(repository.getRefDatabase().getRefsByPrefix("refs/heads/"));
        refs.addAll(repository.getRefDatabase().getRefsByPrefix("refs/tags/"));
        refs.sort(CommitAncestry.preferredOrder());
        return refs;
    }

    private static ObjectId id(String hex) {
        return ObjectId.fromString(hex);
    }
}
