package dev.gitopslint.core.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValuesImagesTest {

    /** Values as a YAML loader returns them (maps, lists, numbers), like a chart's values.yaml. */
    private static Map<?, ?> yaml(String text) {
        return (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(text);
    }

    @Test
    void findsStringsAndBlocksWithTheFieldToBlame() {
        List<ValuesImage> found = ValuesImages.find(yaml("""
                image:
                  registry: ghcr.io
                  repository: ameideio/mirror/langfuse
                  tag: "3.120.0"
                  pullPolicy: IfNotPresent
                sidecar:
                  image:
                    repository: ghcr.io/ameideio/mirror/k8s-sidecar
                loki:
                  sidecarImage: "kiwigrid/k8s-sidecar:1.28.0"
                alloy:
                  image: grafana/alloy:v1.11.3
                  imagePullPolicy: Always
                redis:
                  image:
                    registry: docker.io
                    repository: bitnami/redis
                    tag: 7.2
                    digest: ""
                extraContainers:
                  - name: shell
                    image: "ghcr.io/ameideio/mirror/bitnami-os-shell:latest"
                kubectl:
                  repository: bitnami/kubectl
                  digest: "sha256:%s"
                chart:
                  repository: https://charts.example.com
                  version: 1.0.0
                """.formatted("c".repeat(64))));
        assertThat(found).extracting(ValuesImage::pointer, ValuesImage::blamePointer, ValuesImage::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/image", "/image/tag",
                                "ghcr.io/ameideio/mirror/langfuse:3.120.0"),
                        org.assertj.core.groups.Tuple.tuple("/sidecar/image", "/sidecar/image/repository",
                                "ghcr.io/ameideio/mirror/k8s-sidecar"),
                        org.assertj.core.groups.Tuple.tuple("/loki/sidecarImage", "/loki/sidecarImage",
                                "kiwigrid/k8s-sidecar:1.28.0"),
                        org.assertj.core.groups.Tuple.tuple("/alloy/image", "/alloy/image", "grafana/alloy:v1.11.3"),
                        org.assertj.core.groups.Tuple.tuple("/redis/image", "/redis/image/tag",
                                "docker.io/bitnami/redis:7.2"),
                        org.assertj.core.groups.Tuple.tuple("/extraContainers/0/image", "/extraContainers/0/image",
                                "ghcr.io/ameideio/mirror/bitnami-os-shell:latest"),
                        org.assertj.core.groups.Tuple.tuple("/kubectl", "/kubectl/repository",
                                "bitnami/kubectl@sha256:" + "c".repeat(64)));

        ValuesImage langfuse = found.get(0);
        assertThat(langfuse.isBlock()).isTrue();
        assertThat(langfuse.fieldPointers()).containsOnlyKeys("registry", "repository", "tag")
                .containsEntry("registry", "/image/registry");
        assertThat(langfuse.reference().registry()).isEqualTo("ghcr.io");
        assertThat(langfuse.tagLeftToChart()).isFalse();

        ValuesImage sidecar = found.get(1);
        assertThat(sidecar.tagLeftToChart()).as("no tag: the chart's appVersion applies").isTrue();
        assertThat(found.get(2).isBlock()).isFalse();
        assertThat(found.get(2).tagLeftToChart()).isFalse();
        assertThat(found.get(4).reference().tag()).contains("7.2");
        assertThat(TagPolicy.defaults().isLatestOrUntagged(found.get(5).reference())).isTrue();
        assertThat(found.get(6).reference().hasDigest()).isTrue();
    }

    @Test
    void templatedAndInvalidDeclarationsAreReportedNotThrown() {
        List<ValuesImage> found = ValuesImages.find(yaml("""
                image: "{{ .Values.global.registry }}/app:1"
                other:
                  image:
                    repository: Bad/Name
                    tag: "1"
                empty:
                  image: ""
                """));
        assertThat(found).hasSize(2);
        assertThat(found.get(0).isTemplated()).isTrue();
        assertThat(found.get(0).tryReference()).isEmpty();
        assertThat(found.get(1).blamePointer()).isEqualTo("/other/image/tag");
        assertThatThrownBy(() -> found.get(1).reference()).isInstanceOf(InvalidImageReferenceException.class)
                .hasMessageContaining("must be lowercase");
    }

    @Test
    void worksOnJacksonTreesAndEscapesPointers() {
        JsonNode values = JsonMapper.builder().build().readTree("""
                {"apps": {"a/b": {"image": {"repository": "x/y", "tag": 3}}, "c~d": {"image": "z:1"}}}""");
        assertThat(ValuesImages.find(values)).extracting(ValuesImage::blamePointer, ValuesImage::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/apps/a~1b/image/tag", "x/y:3"),
                        org.assertj.core.groups.Tuple.tuple("/apps/c~0d/image", "z:1"));
        assertThat(ValuesImages.find(Map.of())).isEmpty();
    }
}
