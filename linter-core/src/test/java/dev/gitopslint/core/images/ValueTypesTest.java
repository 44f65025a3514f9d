package dev.gitopslint.core.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Digests, platforms and the tag policy. */
class ValueTypesTest {

    @Test
    void digestComputesAndValidates() {
        Digest digest = Digest.sha256Of("abc".getBytes(StandardCharsets.UTF_8));
        assertThat(digest).hasToString("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Digest.parse(digest.toString())).isEqualTo(digest);
        assertThat(Digest.parse("sha512:" + "a".repeat(128)).recompute("abc".getBytes(StandardCharsets.UTF_8))
                .hex()).startsWith("ddaf35a193617aba");
        assertThatThrownBy(() -> Digest.parse("sha256:" + "a".repeat(63))).hasMessageContaining("has 63");
        assertThatThrownBy(() -> Digest.parse(":" + "a".repeat(64))).hasMessageContaining("algorithm is missing");
        assertThatThrownBy(() -> new Digest("sha1", "a".repeat(40))).hasMessageContaining("unsupported");
    }

    @Test
    void platformParsesOrdersAndMatches() {
        assertThat(Platform.parse("linux/arm/v7")).isEqualTo(new Platform("linux", "arm", "v7"));
        assertThat(Platform.parse("Linux/AMD64")).hasToString("linux/amd64");
        assertThat(List.of(Platform.parse("linux/arm64"), Platform.parse("linux/amd64"), Platform.parse("linux/arm/v7"))
                .stream().sorted().map(Platform::toString)).containsExactly("linux/amd64", "linux/arm/v7",
                "linux/arm64");
        assertThat(Platform.parse("linux/arm64/v8").satisfies(Platform.parse("linux/arm64"))).isTrue();
        assertThat(Platform.parse("linux/arm64").satisfies(Platform.parse("linux/arm64/v8"))).isTrue();
        assertThat(Platform.parse("linux/arm/v6").satisfies(Platform.parse("linux/arm/v7"))).isFalse();
        assertThat(Platform.parse("linux/arm/v7").satisfies(Platform.parse("linux/arm"))).isTrue();
        assertThat(Platform.parse("linux/amd64").satisfies(Platform.parse("linux/arm64"))).isFalse();
        assertThat(Platform.parse("windows/amd64").satisfies(Platform.parse("linux/amd64"))).isFalse();
        assertThat(Platform.parse("unknown/unknown").isUnknown()).isTrue();
        assertThatThrownBy(() -> Platform.parse("arm64")).hasMessageContaining("expected os/architecture");
        assertThatThrownBy(() -> Platform.parse("linux//v7")).hasMessageContaining("\"\" is not a valid");
        assertThatThrownBy(() -> Platform.parse("linux/arm64/v8/x")).hasMessageContaining("expected os/architecture");
    }

    @Test
    void latestOrUntaggedWithoutDigest() {
        TagPolicy policy = TagPolicy.defaults();
        String digest = "@sha256:" + "a".repeat(64);
        assertThat(policy.isLatestOrUntagged(ImageReference.parse("nginx"))).isTrue();
        assertThat(policy.isLatestOrUntagged(ImageReference.parse("ghcr.io/ameideio/mirror/bitnami-os-shell:latest")))
                .isTrue();
        assertThat(policy.isLatestOrUntagged(ImageReference.parse("nginx:latest" + digest))).isFalse();
        assertThat(policy.isLatestOrUntagged(ImageReference.parse("nginx" + digest))).isFalse();
        assertThat(policy.isLatestOrUntagged(ImageReference.parse("nginx:1.25"))).isFalse();
        assertThat(policy.isLatestOrUntagged(ImageReference.parse("nginx:Latest"))).isFalse();
    }

    @Test
    void floatingChannelTagsConfigurable() {
        TagPolicy defaults = TagPolicy.defaults();
        assertThat(defaults.floatingTags()).containsExactlyInAnyOrderElementsOf(TagPolicy.DEFAULT_FLOATING_TAGS);
        assertThat(defaults.isFloatingTag(ImageReference.parse("ghcr.io/x/www:dev"))).isTrue();
        assertThat(defaults.isFloatingTag(ImageReference.parse("ghcr.io/x/www:main"))).isTrue();
        assertThat(defaults.isFloatingTag(ImageReference.parse("ghcr.io/x/www:NIGHTLY"))).isTrue();
        assertThat(defaults.isFloatingTag(ImageReference.parse("ghcr.io/x/www:main@sha256:" + "b".repeat(64))))
                .isFalse();
        assertThat(defaults.isFloatingTag(ImageReference.parse("ghcr.io/x/www:main-4f2a9c1"))).isFalse();
        assertThat(defaults.isFloatingTag(ImageReference.parse("ghcr.io/x/www"))).isFalse();
        TagPolicy custom = TagPolicy.withFloatingTags(List.of("Canary"));
        assertThat(custom.isFloatingTag(ImageReference.parse("x:canary"))).isTrue();
        assertThat(custom.isFloatingTag(ImageReference.parse("x:main"))).isFalse();
    }
}
