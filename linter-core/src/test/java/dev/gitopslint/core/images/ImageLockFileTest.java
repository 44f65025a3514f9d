package dev.gitopslint.core.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock file: deterministic writing, reading with lines, clear errors, drift. */
class ImageLockFileTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    private static LockEntry entry(String image, String hex, String mediaType, String... platforms) {
        return new LockEntry(ImageReference.parse(image), new Digest("sha256", hex), mediaType,
                List.of(platforms).stream().map(Platform::parse).toList());
    }

    private static List<LockEntry> sample() {
        return List.of(
                entry("ghcr.io/ameideio/mirror/alloy:v1.11.3", A, MediaTypes.OCI_MANIFEST, "linux/amd64"),
                entry("grafana/alloy:v1.11.3", B, MediaTypes.OCI_INDEX, "linux/arm64/v8", "linux/amd64",
                        "linux/amd64"),
                entry("nginx@sha256:" + B, B, MediaTypes.DOCKER_MANIFEST_LIST));
    }

    @Test
    void writesSortedQuotedAndWithAHeader() {
        String text = ImageLockWriter.write(ImageLock.of(sample()));
        assertThat(text).startsWith("# Image lock for gitops-lint");
        assertThat(text).contains("Regenerate with:   gitops-lint images lock\n");
        assertThat(text.substring(text.indexOf("version:"))).isEqualTo("""
                version: 1
                images:
                  "docker.io/grafana/alloy:v1.11.3":
                    digest: "sha256:%2$s"
                    mediaType: "application/vnd.oci.image.index.v1+json"
                    platforms:
                      - "linux/amd64"
                      - "linux/arm64/v8"
                  "docker.io/library/nginx@sha256:%2$s":
                    digest: "sha256:%2$s"
                    mediaType: "application/vnd.docker.distribution.manifest.list.v2+json"
                    platforms: []
                  "ghcr.io/ameideio/mirror/alloy:v1.11.3":
                    digest: "sha256:%1$s"
                    mediaType: "application/vnd.oci.image.manifest.v1+json"
                    platforms:
                      - "linux/amd64"
                """.formatted(A, B));
    }

    @Test
    void outputIsByteIdenticalWhateverTheInputOrder() {
        List<LockEntry> shuffled = new ArrayList<>(sample());
        Collections.reverse(shuffled);
        assertThat(ImageLockWriter.write(ImageLock.of(shuffled))).isEqualTo(ImageLockWriter.write(ImageLock.of(sample())));
        assertThat(ImageLockWriter.write(ImageLock.empty())).endsWith("version: 1\nimages: {}\n");
    }

    @Test
    void readsBackWhatItWroteWithTheLineOfEachEntry(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(ImageLock.DEFAULT_PATH);
        ImageLock lock = ImageLock.of(sample());
        ImageLockWriter.write(lock, file);
        ImageLock read = ImageLockReader.read(file);
        assertThat(read).isEqualTo(lock);
        assertThat(read.entries()).isEqualTo(lock.entries());
        List<String> lines = Files.readAllLines(file);
        for (LockEntry entry : read.entries()) {
            int line = read.lineOf(entry.image()).orElseThrow();
            assertThat(lines.get(line - 1)).isEqualTo("  \"" + entry.image().fullName() + "\":");
        }
        assertThat(lock.lineOf(sample().get(0).image())).isEmpty();
        assertThat(ImageLockReader.readIfPresent(dir.resolve("none.yaml"))).isEmpty();
    }

    @Test
    void findsByFamiliarNameAndByDigest() {
        ImageLock lock = ImageLock.of(sample());
        assertThat(lock.find(ImageReference.parse("grafana/alloy:v1.11.3"))).isPresent();
        assertThat(lock.find(ImageReference.parse("docker.io/grafana/alloy:v1.11.3"))).isPresent();
        assertThat(lock.find(ImageReference.parse("grafana/alloy:v1.12.0"))).isEmpty();
        // Pinned by the digest a tag resolved to: the same content.
        assertThat(lock.find(ImageReference.parse("grafana/alloy@sha256:" + B)).orElseThrow().image())
                .isEqualTo(ImageReference.parse("grafana/alloy:v1.11.3"));
        assertThat(lock.find(ImageReference.parse("other/alloy@sha256:" + B))).isEmpty();
        assertThat(lock.find(ImageReference.parse("grafana/alloy:v1.11.3")).orElseThrow()
                .supports(Platform.parse("linux/arm64"))).isTrue();
        assertThat(lock.find(ImageReference.parse("ghcr.io/ameideio/mirror/alloy:v1.11.3")).orElseThrow()
                .supports(Platform.parse("linux/arm64"))).isFalse();
    }

    @Test
    void readerErrorsNameFileAndLine() {
        String header = "version: 1\nimages:\n";
        assertProblem("", 0, "the image lock file is empty");
        assertProblem("version: 1\nimages: [\n", 3, "not valid YAML");
        assertProblem("images: {}\n", 1, "no `version`");
        assertProblem("version: 2\nimages: {}\n", 1, "unsupported image lock version \"2\"");
        assertProblem("version: 1\n", 1, "no `images` mapping");
        assertProblem(header + "  \"Nginx:1\":\n    digest: x\n", 3, "must be lowercase");
        assertProblem(header + "  \"nginx:1\":\n    mediaType: m\n    platforms: []\n", 4, "has no `digest`");
        assertProblem(header + "  \"nginx:1\":\n    digest: \"sha256:abc\"\n    mediaType: m\n    platforms: []\n", 4,
                "has 64 hex digits, this one has 3");
        assertProblem(header + "  \"nginx:1\":\n    digest: \"sha256:" + A + "\"\n    mediaType: m\n"
                + "    platforms: [\"linux\"]\n", 6, "invalid platform \"linux\"");
        assertProblem(header + "  \"nginx:1\":\n    digest: \"sha256:" + A + "\"\n    mediaType: m\n"
                + "    platforms: linux/amd64\n", 6, "must be a list");
        String entry = "    digest: \"sha256:" + A + "\"\n    mediaType: m\n    platforms: []\n";
        assertProblem(header + "  \"nginx:1\":\n" + entry + "  \"docker.io/library/nginx:1\":\n" + entry, 7,
                "appears twice (first on line 3)");
        assertProblem(header + "  \"nginx:1\":\n" + entry + "    digest: \"sha256:" + B + "\"\n", 7,
                "duplicate key `digest`");
    }

    @Test
    void unknownKeysAreIgnoredForForwardCompatibility() throws Exception {
        ImageLock lock = ImageLockReader.parse("version: 1\ngenerator: future\nimages:\n  \"nginx:1\":\n"
                + "    digest: \"sha256:" + A + "\"\n    mediaType: m\n    platforms: []\n    signedBy: someone\n", "x");
        assertThat(lock.size()).isEqualTo(1);
    }

    private static void assertProblem(String text, int line, String message) {
        assertThatThrownBy(() -> ImageLockReader.parse(text, ".gitops-lint/images.lock.yaml"))
                .isInstanceOf(ImageLockException.class)
                .hasMessageStartingWith(".gitops-lint/images.lock.yaml" + (line > 0 ? ":" + line : "") + ": ")
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((ImageLockException) e).line()).isEqualTo(line));
    }

    @Test
    void diffReportsAddedRemovedAndChanged() {
        ImageLock before = ImageLock.of(sample());
        LockEntry republished = entry("ghcr.io/ameideio/mirror/alloy:v1.11.3", B, MediaTypes.OCI_INDEX,
                "linux/amd64", "linux/arm64");
        LockEntry added = entry("redis:7.2.5", A, MediaTypes.OCI_INDEX, "linux/amd64");
        ImageLock after = ImageLock.of(List.of(sample().get(1), republished, added));
        LockDiff diff = LockDiff.between(before, after);
        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.added()).containsExactly(added);
        assertThat(diff.removed()).containsExactly(sample().get(2));
        assertThat(diff.changed()).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualTo(sample().get(0));
            assertThat(c.after()).isEqualTo(republished);
        });
        assertThat(diff.describe()).containsExactly(
                "- docker.io/library/nginx@sha256:" + B,
                "+ docker.io/library/redis:7.2.5 sha256:" + A + " [linux/amd64]",
                "~ ghcr.io/ameideio/mirror/alloy:v1.11.3: digest sha256:" + A + " -> sha256:" + B
                        + "; mediaType application/vnd.oci.image.manifest.v1+json -> "
                        + "application/vnd.oci.image.index.v1+json; platforms [linux/amd64] -> [linux/amd64, linux/arm64]");
        assertThat(LockDiff.between(before, ImageLock.of(sample())).isEmpty()).isTrue();
    }
}
