package dev.gitopslint.rules.helm;

import static dev.gitopslint.rules.support.RenderedApps.app;
import static dev.gitopslint.rules.support.RenderedApps.layer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.render.RenderFailure;
import dev.gitopslint.core.render.RenderedApp;
import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.values.ValuesLayer;
import dev.gitopslint.rules.support.RenderedApps;
import dev.gitopslint.rules.support.TestRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelmRenderErrorRuleTest {

    private static final Position TEMPLATE_LINE = new Position("charts/api/templates/deployment.yaml", 21, 18);

    @TempDir
    Path dir;

    private List<Finding> lint(List<RenderedApp> apps) {
        return TestRepo.lint(RenderedApps.analysis(new TestRepo(dir), apps), new HelmRenderErrorRule()).findings();
    }

    @Test
    void helmsMessageWithAppEnvironmentAndOrderedLayers() {
        RenderedApp broken = RenderedApps.failed(app("api", "prod")
                        .layer(layer("values/globals.yaml", "logLevel: info\n"))
                        .layer(ValuesLayer.of("values/env/prod/api.yaml", "env", Optional.empty()))
                        .layer(layer("values/components/api.yaml", "replicas: 2\n"))
                        .build(),
                new RenderFailure(RenderFailure.Kind.HELM_ERROR, "execution error at (api/templates/deployment.yaml:21:18):"
                        + " image.tag is required\n", TEMPLATE_LINE));
        assertThat(lint(List.of(broken))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo(TEMPLATE_LINE);
            assertThat(f.message()).isEqualTo("Helm cannot render api in environment prod: execution error at "
                    + "(api/templates/deployment.yaml:21:18): image.tag is required (values layers, lowest first: "
                    + "values/globals.yaml, values/env/prod/api.yaml (missing), values/components/api.yaml)");
            assertThat(f.related()).extracting(r -> r.position().file())
                    .containsExactly("values/components/api.yaml", "values/globals.yaml");
        });
    }

    @Test
    void otherFailuresAndRenderedAppsAreNotHelmErrors() {
        RenderedApp remote = RenderedApps.failed(app("redis", "dev").build(),
                new RenderFailure(RenderFailure.Kind.NOT_LOCAL, "remote", Position.ofFile("argocd/redis.yaml")));
        RenderedApp missingDependency = RenderedApps.failed(app("db", "dev").build(),
                new RenderFailure(RenderFailure.Kind.DEPENDENCY_MISSING, "postgresql 15.x not vendored",
                        Position.ofFile("charts/db/Chart.yaml")));
        RenderedApp fine = RenderedApps.rendered(app("api", "dev").build(), List.of());
        assertThat(lint(List.of(remote, missingDependency, fine))).isEmpty();
    }
}
