package dev.gitopslint.core.argocd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.GitOpsLinter;
import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.apps.ValueFileRef;
import dev.gitopslint.core.engine.Analysis;
import dev.gitopslint.core.engine.LintRequest;
import dev.gitopslint.core.rule.RuleRegistry;
import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.values.ValuesLayer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Zero-configuration discovery of the sample repository: the apps Argo CD would create, with their layers. */
class ArgoDiscoveryTest {

    private static Analysis sample;

    @BeforeAll
    static void discover() throws Exception {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("fixtures/repos/ameide-sample"))) {
            dir = dir.getParent();
        }
        sample = new GitOpsLinter(new RuleRegistry(List.of()))
                .analyze(LintRequest.of(dir.resolve("fixtures/repos/ameide-sample")));
    }

    private static App app(String name) {
        return sample.apps().apps().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void findsEveryApplicationInEveryEnvironment() {
        assertThat(sample.apps().problems()).isEmpty();
        assertThat(sample.apps().environments()).containsExactly("dev", "in-cluster", "local", "production");
        assertThat(sample.apps().apps()).hasSize(62);
        assertThat(sample.apps().apps().stream().filter(a -> a.environment().equals("local"))).hasSize(17);
        assertThat(sample.apps().apps()).extracting(App::name)
                .contains("dev-platform-keycloak", "production-platform-keycloak", "local-platform-gateway",
                        "cluster-cert-manager")
                .doesNotHaveDuplicates();
    }

    @Test
    void environmentAppsGetTheSixLayersInArgoOrder() {
        App keycloak = app("dev-platform-keycloak");
        assertThat(keycloak.values().layers()).extracting(ValuesLayer::file).containsExactly(
                "sources/values/base/globals.yaml",
                "sources/values/cluster/azure/globals.yaml",
                "sources/values/env/dev/globals.yaml",
                "config/node-profiles/dev-pool.yaml",
                "sources/values/_shared/platform/platform-keycloak.yaml",
                "sources/values/env/dev/platform/platform-keycloak.yaml");
        assertThat(keycloak.deployment().valueFiles()).allSatisfy(ref -> assertThat(ref.ignoreMissing()).isTrue());
        assertThat(keycloak.destinationNamespace()).contains("ameide-dev");
        assertThat(keycloak.syncPolicy().automated()).isTrue();
        assertThat(keycloak.syncPolicy().prune()).isTrue();
        assertThat(keycloak.chart()).isPresent();
        assertThat(keycloak.deployment().releaseName()).isEqualTo("platform-keycloak");
        assertThat(keycloak.definedAt().file()).isEqualTo("argocd/applicationsets/ameide.yaml");
    }

    @Test
    void valueFilesAreLocatedWhereTheyAreWritten() {
        List<ValueFileRef> refs = app("local-foundation-vault-bootstrap").deployment().valueFiles();
        String applicationSet = "argocd/applicationsets/ameide.yaml";
        assertThat(refs.get(0).declaredAt()).as("a literal templatePatch line")
                .isEqualTo(new Position(applicationSet, 76, 15));
        assertThat(refs.get(4).declaredAt()).as("a templatePatch line with actions, as a pattern")
                .isEqualTo(new Position(applicationSet, 80, 15));
        assertThat(refs.get(6).declaredAt()).as("copied verbatim from the component file")
                .isEqualTo(new Position(
                        "environments/local/components/foundation/vault/bootstrap/component.yaml", 12, 7));
    }

    @Test
    void clusterAppsLayerTheClusterGlobalsAndTheirOwnNamespace() {
        App certManager = app("cluster-cert-manager");
        assertThat(certManager.environment()).isEqualTo("in-cluster");
        assertThat(certManager.values().layers()).extracting(ValuesLayer::file).containsExactly(
                "sources/values/cluster/globals.yaml", "sources/values/_shared/cluster/cert-manager.yaml");
        assertThat(certManager.destinationNamespace()).contains("cert-manager");
    }

    @Test
    void everyAppIsRenderedAndMissingLayersAreKnown() {
        assertThat(sample.renderedApps()).hasSize(62);
        assertThat(sample.renderedApps()).allSatisfy(r -> assertThat(r.failure()).as(r.app().name()).isEmpty());
        assertThat(app("dev-platform-keycloak").values().layers().get(5).present()).isFalse();
    }

    @Test
    void gitGlobsFollowArgoSemantics() {
        GitGlob glob = GitGlob.compile("environments/_shared/components/apps/**/component.yaml");
        assertThat(glob.matches("environments/_shared/components/apps/x/component.yaml")).isTrue();
        assertThat(glob.matches("environments/_shared/components/apps/x/y/component.yaml")).isTrue();
        assertThat(GitGlob.compile("config/clusters/*.yaml").matches("config/clusters/a/b.yaml")).isFalse();
        assertThat(GitGlob.compile("apps/{a,b}/*.yaml").matches("apps/b/c.yaml")).isTrue();
    }

    @Test
    void repositoryUrlsCompareAcrossForms() {
        String expected = "github.com/ameideio/ameide-gitops";
        assertThat(RepoUrls.normalize("https://github.com/ameideio/ameide-gitops.git")).isEqualTo(expected);
        assertThat(RepoUrls.normalize("git@github.com:ameideio/ameide-gitops.git")).isEqualTo(expected);
        assertThat(RepoUrls.normalize("ssh://git@github.com:22/ameideio/ameide-gitops/")).isEqualTo(expected);
        assertThat(RepoUrls.normalize("HTTPS://GitHub.com/AmeideIO/ameide-gitops")).isEqualTo(expected);
    }
}
