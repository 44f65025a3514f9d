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

class ArgocdHookPolicyRuleTest {

    private static final String TEMPLATE = "charts/db/templates/migrate.yaml";

    @TempDir
    Path dir;

    private List<Finding> lint(String yaml) {
        RenderedApp db = rendered(app("db", "dev").build(), manifests(TEMPLATE, yaml));
        return TestRepo.lint(RenderedApps.analysis(new TestRepo(dir), List.of(db)), new ArgocdHookPolicyRule())
                .findings();
    }

    @Test
    void anExplicitPolicyWithoutBeforeHookCreationOnANamedJob() {
        List<Finding> findings = lint("""
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: migrate
                  annotations:
                    argocd.argoproj.io/hook: PreSync
                    argocd.argoproj.io/hook-delete-policy: HookSucceeded
                spec:
                  activeDeadlineSeconds: 600
                  template:
                    spec:
                      restartPolicy: Never
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location().line()).isEqualTo(7);
            assertThat(f.message()).contains("delete policy HookSucceeded")
                    .contains("a failed run fails every later sync").contains("Add BeforeHookCreation");
        });
    }

    @Test
    void helmDeletePoliciesCountAndHookFailedMeansNeverRepeated() {
        List<Finding> findings = lint("""
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: seed
                  annotations:
                    helm.sh/hook: post-install
                    helm.sh/hook-delete-policy: hook-failed
                spec:
                  activeDeadlineSeconds: 300
                ---
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: seed-2
                  annotations:
                    argocd.argoproj.io/hook: PostSync
                    argocd.argoproj.io/hook-delete-policy: HookSucceeded
                    helm.sh/hook-delete-policy: before-hook-creation
                spec:
                  activeDeadlineSeconds: 300
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location().line()).isEqualTo(7);
            assertThat(f.message()).contains("HookFailed").contains("a finished run is never repeated");
        });
    }

    @Test
    void noPolicyMeansBeforeHookCreationAndAGeneratedNameIsNewEachSync() {
        List<Finding> findings = lint("""
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: migrate
                  annotations:
                    argocd.argoproj.io/hook: PreSync
                spec:
                  activeDeadlineSeconds: 600
                ---
                apiVersion: batch/v1
                kind: Job
                metadata:
                  generateName: smoke-
                  annotations:
                    argocd.argoproj.io/hook: PostSync
                    argocd.argoproj.io/hook-delete-policy: HookSucceeded
                spec:
                  activeDeadlineSeconds: 600
                """);
        assertThat(findings).isEmpty();
    }

    @Test
    void aHookJobWithoutDeadlineIsReportedOnItsSpec() {
        List<Finding> findings = lint("""
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: migrate
                  annotations:
                    argocd.argoproj.io/hook: PreSync
                spec:
                  backoffLimit: 2
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location().line()).isEqualTo(7);
            assertThat(f.message()).contains("no spec.activeDeadlineSeconds").contains("PreSync hook");
        });
    }

    @Test
    void jobsArgoDoesNotRunAsHooksAreNotChecked() {
        List<Finding> findings = lint("""
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: plain
                ---
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: helm-test
                  annotations:
                    helm.sh/hook: test
                    helm.sh/hook-delete-policy: hook-succeeded
                """);
        assertThat(findings).isEmpty();
    }
}
