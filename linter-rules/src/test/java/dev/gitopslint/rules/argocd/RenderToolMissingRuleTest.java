package dev.gitopslint.rules.argocd;

import static dev.gitopslint.rules.support.RenderedApps.app;
import static dev.gitopslint.rules.support.RenderedApps.layer;
import static org.assertj.core.api.Assertions.assertThat;
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
import dev.gitopslint.core.finding.Severity;

/** Kustomize sources left unrendered for lack of a binary are reported once, as info, where the source is. */
class RenderToolMissingRuleTest {

    @TempDir
    Path dir;

    @Test
    void reportsOnlyMissingTools() {
        Position source = new Position("argocd/web.yaml", 9, 5);
        RenderedApp unrendered = RenderedApps.failed(app("web", "dev").build(), new RenderFailure(
                RenderFailure.Kind.TOOL_MISSING, "kustomize source k/overlay is not rendered: neither kustomize "
                        + "nor kubectl is on PATH. Install kustomize or kubectl to check its objects", source));
        RenderedApp helmError = RenderedApps.failed(app("api", "dev").build(),
                new RenderFailure(RenderFailure.Kind.HELM_ERROR, "boom", Position.ofFile("charts/api")));
        List<Finding> findings = TestRepo.lint(RenderedApps.analysis(new TestRepo(dir), List.of(unrendered, helmError)),
                new RenderToolMissingRule()).findings();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location()).isEqualTo(source);
            assertThat(f.message()).contains("Install kustomize or kubectl");
        });
    }
}
