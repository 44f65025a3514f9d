package dev.gitopslint.rules.argocd;

import static dev.gitopslint.rules.support.RenderedApps.app;
import static dev.gitopslint.rules.support.RenderedApps.manifests;
import static dev.gitopslint.rules.support.RenderedApps.rendered;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.render.RenderedApp;
import dev.gitopslint.rules.support.RenderedApps;
import dev.gitopslint.rules.support.TestRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgocdHookOnlyAppRuleTest {

    private static final String TEMPLATE = "charts/smoke/templates/jobs.yaml";
    private static final String SMOKE_JOBS = """
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: smoke
              annotations:
                helm.sh/hook: test
            ---
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: smoke-clickhouse
              annotations:
                argocd.argoproj.io/hook: PostSync
            ---
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: smoke-redis
              annotations:
                helm.sh/hook: post-install
            """;

    @TempDir
    Path dir;

    private List<Finding> lint(List<RenderedApp> apps) {
        return TestRepo.lint(RenderedApps.analysis(new TestRepo(dir), apps), new ArgocdHookOnlyAppRule()).findings();
    }

    @Test
    void anAppOfHooksOnlyIsReportedOnceOnTheFirstHookThatRuns() {
        RenderedApp dev = rendered(app("smoke", "dev").build(), manifests(TEMPLATE, SMOKE_JOBS));
        RenderedApp prod = rendered(app("smoke", "prod").build(), manifests(TEMPLATE, SMOKE_JOBS));
        List<Finding> findings = lint(List.of(dev, prod));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location().file()).isEqualTo(TEMPLATE);
            assertThat(f.location().line()).isEqualTo(13);
            assertThat(f.message()).startsWith("every object this app renders is a sync hook (this Job is a "
                    + "PostSync hook (argocd.argoproj.io/hook: PostSync))");
            assertThat(f.environments()).isEqualTo("dev,prod");
        });
    }

    @Test
    void oneTrackedObjectIsEnough() {
        RenderedApp app = rendered(app("smoke", "dev").build(), manifests(TEMPLATE, SMOKE_JOBS + """
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: smoke-inputs
                data:
                  checksum: abc
                """));
        assertThat(lint(List.of(app))).isEmpty();
    }

    @Test
    void anObjectSkippedWithTheSkipHookIsNotAHook() {
        RenderedApp app = rendered(app("smoke", "dev").build(), manifests(TEMPLATE, SMOKE_JOBS + """
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: smoke-inputs
                  annotations:
                    argocd.argoproj.io/hook: Skip
                """));
        assertThat(lint(List.of(app))).isEmpty();
    }

    @Test
    void hooksArgoNeverAppliesAndEmptyAppsAreNotHookOnly() {
        RenderedApp tests = rendered(app("tests", "dev").build(), manifests(TEMPLATE, """
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: helm-test
                  annotations:
                    helm.sh/hook: test
                """));
        RenderedApp empty = rendered(app("empty", "dev").build(), List.of());
        assertThat(lint(List.of(tests, empty))).isEmpty();
    }
}
