package dev.gitopslint.rules.argocd;

import static dev.gitopslint.rules.support.RenderedApps.app;
import static dev.gitopslint.rules.support.RenderedApps.rendered;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.apps.AppSource;
import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.render.RenderFailure;
import dev.gitopslint.core.render.RenderedApp;
import dev.gitopslint.core.source.Position;
import dev.gitopslint.rules.support.RenderedApps;
import dev.gitopslint.rules.support.TestRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgocdSourceNotLocalRuleTest {

    private static final Position SOURCE = new Position("argocd/apps/redis.yaml", 9, 5);

    @TempDir
    Path dir;

    private List<Finding> lint(List<RenderedApp> apps) {
        return TestRepo.lint(RenderedApps.analysis(new TestRepo(dir), apps), new ArgocdSourceNotLocalRule())
                .findings();
    }

    private static RenderedApp notLocal(String env) {
        AppSource remote = new AppSource("https://charts.bitnami.com/bitnami", Optional.empty(), Optional.of("redis"),
                "19.6.0", Optional.empty(), SOURCE);
        return RenderedApps.failed(app("redis", env).source(remote).build(),
                new RenderFailure(RenderFailure.Kind.NOT_LOCAL, "not in this repository", SOURCE));
    }

    @Test
    void aRemoteChartIsReportedOnItsSourceOnceForAllEnvironments() {
        List<Finding> findings = lint(List.of(notLocal("dev"), notLocal("prod")));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(SOURCE);
            assertThat(f.message()).contains("https://charts.bitnami.com/bitnami chart redis @ 19.6.0")
                    .contains("Vendor the chart");
            assertThat(f.environments()).isEqualTo("dev,prod");
        });
    }

    @Test
    void localSourcesAndAppsWithoutSourceAreFine() {
        AppSource local = new AppSource("https://github.com/example/gitops.git", Optional.of("charts/api"),
                Optional.empty(), "main", Optional.of("charts/api"), SOURCE);
        RenderedApp vendored = rendered(app("api", "dev").source(local).build(), List.of());
        RenderedApp configDefined = rendered(app("web", "dev").build(), List.of());
        assertThat(lint(List.of(vendored, configDefined))).isEmpty();
    }
}
