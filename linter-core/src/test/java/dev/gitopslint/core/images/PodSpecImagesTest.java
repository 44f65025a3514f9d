package dev.gitopslint.core.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PodSpecImagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void listsEveryContainerKindWithItsPointer() {
        JsonNode spec = json("""
                {'initContainers': [{'name': 'wait', 'image': 'busybox:1.36'}],
                 'containers': [{'name': 'app', 'image': 'ghcr.io/ameideio/mirror/alloy:v1.11.3'},
                                {'name': 'sidecar', 'image': 'ghcr.io/ameideio/mirror/k8s-sidecar:1.28.0'},
                                {'name': 'noimage'}],
                 'ephemeralContainers': [{'name': 'debug', 'image': 'nicolaka/netshoot'}]}""");
        List<ContainerImage> images = PodSpecImages.list(spec, "/spec/template/spec");
        assertThat(images).extracting(ContainerImage::containerType, ContainerImage::containerName,
                ContainerImage::image, ContainerImage::pointer).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("initContainers", "wait", "busybox:1.36",
                                "/spec/template/spec/initContainers/0/image"),
                        org.assertj.core.groups.Tuple.tuple("containers", "app",
                                "ghcr.io/ameideio/mirror/alloy:v1.11.3", "/spec/template/spec/containers/0/image"),
                        org.assertj.core.groups.Tuple.tuple("containers", "sidecar",
                                "ghcr.io/ameideio/mirror/k8s-sidecar:1.28.0", "/spec/template/spec/containers/1/image"),
                        org.assertj.core.groups.Tuple.tuple("ephemeralContainers", "debug", "nicolaka/netshoot",
                                "/spec/template/spec/ephemeralContainers/0/image"));
        assertThat(images.get(1).reference().registry()).isEqualTo("ghcr.io");
        assertThat(images.get(3).reference().tag()).isEmpty();
        assertThat(images).allSatisfy(i -> assertThat(i.podSpecPointer()).isEqualTo("/spec/template/spec"));
        assertThat(PodSpecImages.list(json("{'containers': 'oops'}"), "/spec")).isEmpty();
        assertThat(PodSpecImages.list(json("[]"), "/spec")).isEmpty();
    }

    @Test
    void findsPodSpecsOfWorkloadKinds() {
        JsonNode cronJob = json("""
                {'apiVersion': 'batch/v1', 'kind': 'CronJob', 'metadata': {'name': 'backup'},
                 'spec': {'jobTemplate': {'spec': {'template': {'spec': {
                    'containers': [{'name': 'backup', 'image': '{{ .Values.image }}'}]}}}}}}""");
        List<ContainerImage> images = PodSpecImages.images(cronJob);
        assertThat(images).singleElement().satisfies(image -> {
            assertThat(image.pointer()).isEqualTo("/spec/jobTemplate/spec/template/spec/containers/0/image");
            assertThat(image.tryReference()).isEmpty();
        });
        JsonNode pod = json("{'apiVersion': 'v1', 'kind': 'Pod', 'spec': {'containers': [{'name': 'a', 'image': 'x'}]}}");
        assertThat(PodSpecImages.images(pod)).extracting(ContainerImage::pointer)
                .containsExactly("/spec/containers/0/image");
        JsonNode deployment = json("""
                {'apiVersion': 'apps/v1', 'kind': 'Deployment',
                 'spec': {'template': {'spec': {'containers': [{'name': 'a', 'image': 'x:1'}]}}}}""");
        assertThat(PodSpecImages.podSpecs(deployment)).extracting(PodSpecImages.PodSpec::pointer)
                .containsExactly("/spec/template/spec");
        JsonNode configMap = json("{'apiVersion': 'v1', 'kind': 'ConfigMap', 'data': {'image': 'x:1'}}");
        assertThat(PodSpecImages.images(configMap)).isEmpty();
    }

    @Test
    void findsPodSpecsInCustomResources() {
        JsonNode rollout = json("""
                {'apiVersion': 'argoproj.io/v1alpha1', 'kind': 'Rollout',
                 'spec': {'template': {'spec': {'containers': [{'name': 'web', 'image': 'ghcr.io/x/www:main'}]}}}}""");
        assertThat(PodSpecImages.images(rollout)).extracting(ContainerImage::pointer)
                .containsExactly("/spec/template/spec/containers/0/image");
        JsonNode operator = json("""
                {'apiVersion': 'example.io/v1', 'kind': 'Deployment',
                 'spec': {'workers': [{'pod': {'containers': [{'name': 'w', 'image': 'w:1'}]}}],
                          'a/b': {'containers': [{'name': 'z', 'image': 'z:1'}]}}}""");
        assertThat(PodSpecImages.images(operator)).extracting(ContainerImage::pointer)
                .containsExactly("/spec/workers/0/pod/containers/0/image", "/spec/a~1b/containers/0/image");
    }
}
