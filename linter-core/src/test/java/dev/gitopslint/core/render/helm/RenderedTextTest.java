package dev.gitopslint.core.render.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenderedTextTest {

    @Test
    void splitsPerSourceMarkerWithLinePositions() {
        String rendered = """
                ---
                # Source: app/templates/service.yaml
                apiVersion: v1
                kind: Service
                ---
                # Source: app/templates/deployment.yaml
                apiVersion: apps/v1
                kind: Deployment
                ---
                # Source: app/templates/deployment.yaml
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: second
                """;

        List<RenderedChunk> chunks = RenderedText.split(rendered);

        assertThat(chunks).containsExactly(
                new RenderedChunk("app/templates/service.yaml", "apiVersion: v1\nkind: Service\n", 3),
                new RenderedChunk("app/templates/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\n", 7),
                new RenderedChunk("app/templates/deployment.yaml",
                        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: second\n", 11));
        String[] lines = rendered.split("\n");
        assertThat(lines[chunks.get(2).renderedLine(4) - 1]).isEqualTo("  name: second");
        assertThat(chunks.get(1).chartRelativePath()).isEqualTo("templates/deployment.yaml");
    }

    @Test
    void documentSeparatorsInsideAChunkStayInIt() {
        List<RenderedChunk> chunks = RenderedText.split("---\n# Source: a/crds/x.yaml\nkind: A\n---\nkind: B\n");

        assertThat(chunks).containsExactly(new RenderedChunk("a/crds/x.yaml", "kind: A\n---\nkind: B\n", 3));
    }

    @Test
    void textWithoutMarkersIsOneChunkWithoutSource() {
        assertThat(RenderedText.split("kind: A\n")).containsExactly(new RenderedChunk("", "kind: A\n", 1));
        assertThat(RenderedText.split("")).isEmpty();
    }

    @Test
    void splitsRealHelmOutputSoThatEveryChunkLinesUpWithTheText() {
        RenderResult result = HelmEngine.shared().render(
                RenderRequest.builder(TestCharts.chart("first-party"), "shop").build());
        String[] lines = result.manifest().split("\n");

        for (RenderedChunk chunk : result.chunks()) {
            assertThat(lines[chunk.firstLineInRenderedText() - 2]).isEqualTo("# Source: " + chunk.sourceTemplate());
            String[] chunkLines = chunk.yamlText().split("\n");
            for (int i = 0; i < chunkLines.length; i++) {
                assertThat(lines[chunk.renderedLine(i + 1) - 1]).isEqualTo(chunkLines[i]);
            }
        }
    }
}
