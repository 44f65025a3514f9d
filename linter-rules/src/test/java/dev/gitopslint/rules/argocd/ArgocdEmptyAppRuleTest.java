package dev.gitopslint.rules.argocd;

import static dev.gitopslint.rules.support.RenderedApps.app;
import static dev.gitopslint.rules.support.RenderedApps.manifests;
import static dev.gitopslint.rules.support.RenderedApps.rendered;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.apps.SyncPolicy;
import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.render.RenderFailure;
import dev.gitopslint.core.render.RenderedApp;
import dev.gitopslint.core.source.Position;
import dev.gitopslint.rules.support.RenderedApps;
import dev.gitopslint.rules.support.TestRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgocdEmptyAppRuleTest {

    private static final Position APPSET = new Position("argocd/applicationsets/apps.yaml", 12, 3);
    private static final SyncPolicy AUTO_PRUNE = new SyncPolicy(true, true, true, false);

    @TempDir
    Path dir;

    private List<Finding> lint(List<RenderedApp> apps) {
        return TestRepo.lint(RenderedApps.analysis(new TestRepo(dir), apps), new ArgocdEmptyAppRule()).findings();
    }

    private static RenderedApp empty(String env, SyncPolicy policy) {
        return rendered(app("www", env).syncPolicy(policy).definedAt(APPSET).build(), List.of());
    }

    @Test
    void anEmptyAutoPrunedAppIsOneFindingOnItsDefinitionListingEveryEnvironment() {
        List<Finding> findings = lint(List.of(empty("local", AUTO_PRUNE), empty("dev", AUTO_PRUNE)));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo(APPSET);
            assertThat(f.message()).contains("auto-sync will wipe out all resources").contains("allowEmpty: true");
            assertThat(f.environments()).isEqualTo("dev,local");
        });
    }

    @Test
    void allowEmptyNoPruneManualSyncObjectsOrAFailedRenderAreFine() {
        RenderedApp allowEmpty = empty("a", new SyncPolicy(true, true, false, true));
        RenderedApp noPrune = empty("b", new SyncPolicy(true, false, false, false));
        RenderedApp manual = empty("c", SyncPolicy.MANUAL);
        RenderedApp notEmpty = rendered(app("www", "d").syncPolicy(AUTO_PRUNE).build(), manifests("t.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: marker
                """));
        RenderedApp failed = RenderedApps.failed(app("www", "e").syncPolicy(AUTO_PRUNE).build(),
                new RenderFailure(RenderFailure.Kind.HELM_ERROR, "boom", Position.ofFile("charts/www/Chart.yaml")));
        assertThat(lint(List.of(allowEmpty, noPrune, manual, notEmpty, failed))).isEmpty();
    }
}
