package dev.gitopslint.rules.argocd;

import static dev.gitopslint.rules.support.RenderedApps.app;
import static dev.gitopslint.rules.support.RenderedApps.manifests;
import static dev.gitopslint.rules.support.RenderedApps.rendered;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.render.RenderedApp;
import dev.gitopslint.rules.support.RenderedApps;
import dev.gitopslint.rules.support.TestRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgocdCrAsHookRuleTest {

    private static final String TEMPLATE = "charts/realm/templates/objects.yaml";

    @TempDir
    Path dir;

    private List<Finding> lint(String yaml) {
        RenderedApp realm = rendered(app("realm", "dev").build(), manifests(TEMPLATE, yaml));
        return TestRepo.lint(RenderedApps.analysis(new TestRepo(dir), List.of(realm)), new ArgocdCrAsHookRule())
                .findings();
    }

    @Test
    void aCustomResourceAsArgoHookIsAnErrorOnItsAnnotation() {
        List<Finding> findings = lint("""
                apiVersion: k8s.keycloak.org/v2alpha1
                kind: KeycloakRealmImport
                metadata:
                  name: realm
                  annotations:
                    argocd.argoproj.io/hook: PreSync
                spec:
                  keycloakCRName: keycloak
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().file()).isEqualTo(TEMPLATE);
            assertThat(f.location().line()).isEqualTo(6);
            assertThat(f.message()).startsWith("a KeycloakRealmImport is a PreSync hook (argocd.argoproj.io/hook: "
                    + "PreSync)").contains("sync-wave");
        });
    }

    @Test
    void helmHooksCountAsArgoMapsThem() {
        List<Finding> findings = lint("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: warmup
                  annotations:
                    helm.sh/hook: pre-install,pre-upgrade
                ---
                apiVersion: example.com/v1
                kind: Bucket
                metadata:
                  name: cleanup
                  annotations:
                    helm.sh/hook: post-delete
                ---
                apiVersion: example.com/v1
                kind: Bucket
                metadata:
                  name: drain
                  annotations:
                    helm.sh/hook: pre-delete
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: test-data
                  annotations:
                    helm.sh/hook: test
                ---
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata:
                  name: buckets.example.com
                  annotations:
                    helm.sh/hook: crd-install
                """);
        assertThat(findings).extracting(f -> f.location().line()).containsExactly(6, 13, 20);
        assertThat(findings.get(0).message()).startsWith("a Deployment is a PreSync hook (helm.sh/hook: "
                + "pre-install,pre-upgrade)");
        assertThat(findings.get(1).message()).startsWith("a Bucket is a PostDelete hook (helm.sh/hook: post-delete)");
        assertThat(findings.get(2).message()).startsWith("a Bucket is a PreDelete hook (helm.sh/hook: pre-delete)");
    }

    @Test
    void anArgoHookAnnotationOverridesHelmHooksAndSkipIsNoHook() {
        List<Finding> findings = lint("""
                apiVersion: example.com/v1
                kind: Bucket
                metadata:
                  name: skipped
                  annotations:
                    argocd.argoproj.io/hook: Skip
                ---
                apiVersion: example.com/v1
                kind: Bucket
                metadata:
                  name: argo-wins
                  annotations:
                    helm.sh/hook: test
                    argocd.argoproj.io/hook: PostSync
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location().line()).isEqualTo(14);
            assertThat(f.message()).startsWith("a Bucket is a PostSync hook (argocd.argoproj.io/hook: PostSync)");
        });
    }

    @Test
    void jobsPodsAndWorkflowsAreWhatHooksAreFor() {
        List<Finding> findings = lint("""
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: migrate
                  annotations:
                    argocd.argoproj.io/hook: PreSync
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: probe
                  annotations:
                    argocd.argoproj.io/hook: PostSync
                ---
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  generateName: smoke-
                  annotations:
                    argocd.argoproj.io/hook: PostSync
                """);
        assertThat(findings).isEmpty();
    }

    @Test
    void aKindNamedJobInAnotherGroupIsStillDeclarative() {
        List<Finding> findings = lint("""
                apiVersion: flink.example.com/v1
                kind: Job
                metadata:
                  name: stream
                  annotations:
                    argocd.argoproj.io/hook: Sync
                """);
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void supportObjectsOfAHookJobInTheSamePhaseAreFineAloneTheyAreAWarning() {
        List<Finding> findings = lint("""
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: admission-patch
                  annotations:
                    helm.sh/hook: pre-install,pre-upgrade,post-install,post-upgrade
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata:
                  name: admission-patch
                  annotations:
                    helm.sh/hook: pre-install
                ---
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: admission-create
                  annotations:
                    helm.sh/hook: pre-install,pre-upgrade
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                  annotations:
                    argocd.argoproj.io/hook: SyncFail
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().line()).isEqualTo(27);
            assertThat(f.message()).startsWith("a ConfigMap is a SyncFail hook").contains("no hook Job");
        });
    }

    @Test
    void unrenderedAppsAreSkipped() {
        RenderedApp failed = RenderedApps.failed(app("realm", "dev").build(), new dev.gitopslint.core.render
                .RenderFailure(dev.gitopslint.core.render.RenderFailure.Kind.HELM_ERROR, "boom",
                        dev.gitopslint.core.source.Position.ofFile("charts/realm/Chart.yaml")));
        assertThat(TestRepo.lint(RenderedApps.analysis(new TestRepo(dir), List.of(failed)), new ArgocdCrAsHookRule())
                .findings()).isEmpty();
    }
}
