package dev.gitopslint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckoutPrefixTest {

    @TempDir
    Path workspace;

    @Test
    void aRepositoryBelowTheGithubWorkspaceGetsItsRelativePath() throws Exception {
        Path repo = Files.createDirectories(workspace.resolve("deploy/gitops"));
        assertThat(CheckoutPrefix.detect(repo, Map.of("GITHUB_WORKSPACE", workspace.toString())))
                .isEqualTo("deploy/gitops");
        assertThat(CheckoutPrefix.detect(workspace.resolve("deploy/../deploy/gitops"),
                Map.of("GITHUB_WORKSPACE", workspace.toString()))).isEqualTo("deploy/gitops");
    }

    @Test
    void noPrefixAtTheWorkspaceRootOutsideItOrOutsideGithubActions() throws Exception {
        Path repo = Files.createDirectories(workspace.resolve("repo"));
        Path elsewhere = Files.createDirectories(workspace.resolve("elsewhere"));
        assertThat(CheckoutPrefix.detect(repo, Map.of("GITHUB_WORKSPACE", repo.toString()))).isEmpty();
        assertThat(CheckoutPrefix.detect(repo, Map.of("GITHUB_WORKSPACE", elsewhere.toString()))).isEmpty();
        assertThat(CheckoutPrefix.detect(repo, Map.of())).isEmpty();
    }

    @Test
    void theCheckoutRootIsWhereThePrefixLeadsUpTo() {
        Path repo = workspace.resolve("deploy/gitops");
        ReportSettings settings = Findings.settings(repo);
        assertThat(settings.checkoutRoot()).contains(repo.toAbsolutePath().normalize());
        assertThat(settings.withPathPrefix("deploy/gitops/").checkoutRoot()).contains(workspace.toAbsolutePath());
        assertThat(settings.withPathPrefix("other/dir").checkoutRoot()).isEmpty();
        assertThat(settings.withPathPrefix("deploy/gitops").checkoutPath("a.yaml")).isEqualTo("deploy/gitops/a.yaml");
        assertThat(settings.withPathPrefix(".").checkoutPath("a.yaml")).isEqualTo("a.yaml");
    }
}
