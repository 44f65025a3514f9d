package dev.gitopslint.core.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageReferenceTest {

    private static final String HEX = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // input                                   | registry        | repository               | tag     | digest
        "nginx                                     | docker.io       | library/nginx            | -       | -",
        "nginx:1.25                                | docker.io       | library/nginx            | 1.25    | -",
        "docker.io/nginx:1.25                      | docker.io       | library/nginx            | 1.25    | -",
        "index.docker.io/library/nginx             | docker.io       | library/nginx            | -       | -",
        "bitnami/redis:7.2.5                       | docker.io       | bitnami/redis            | 7.2.5   | -",
        "a/b/c:tag                                 | docker.io       | a/b/c                    | tag     | -",
        "ghcr.io/ameideio/mirror/alloy:v1.11.3     | ghcr.io         | ameideio/mirror/alloy    | v1.11.3 | -",
        "localhost/x                               | localhost       | x                        | -       | -",
        "localhost:5000/x                          | localhost:5000  | x                        | -       | -",
        "localhost:5000/x:5000                     | localhost:5000  | x                        | 5000    | -",
        "127.0.0.1:5000/team/app:1                 | 127.0.0.1:5000  | team/app                 | 1       | -",
        "registry.example.com:443/a_b/c__d/e-f--g.h:T_1.0-rc | registry.example.com:443 | a_b/c__d/e-f--g.h | T_1.0-rc | -",
        "[::1]:5000/app:1                          | [::1]:5000      | app                      | 1       | -",
        "[fe80::1]/app                             | [fe80::1]       | app                      | -       | -",
        "Registry.Example.com/app                  | Registry.Example.com | app                 | -       | -",
        "Foo/bar                                   | Foo             | bar                      | -       | -",
        "my-registry/app                           | docker.io       | my-registry/app          | -       | -",
        "_underscore-tag:_x                        | -               | -                        | -       | -",
    })
    void parsesAndNormalises(String input, String registry, String repository, String tag, String digest) {
        if (registry == null) {
            assertThatThrownBy(() -> ImageReference.parse(input)).isInstanceOf(InvalidImageReferenceException.class);
            return;
        }
        ImageReference ref = ImageReference.parse(input);
        assertThat(ref.registry()).isEqualTo(registry);
        assertThat(ref.repository()).isEqualTo(repository);
        assertThat(ref.tag().orElse(null)).isEqualTo(tag);
        assertThat(ref.digest().map(Digest::toString).orElse(null)).isEqualTo(digest);
    }

    @Test
    void tagAndDigestTogether() {
        ImageReference ref = ImageReference.parse("a/b/c:tag@sha256:" + HEX);
        assertThat(ref.registry()).isEqualTo("docker.io");
        assertThat(ref.repository()).isEqualTo("a/b/c");
        assertThat(ref.tag()).contains("tag");
        assertThat(ref.digest()).contains(new Digest("sha256", HEX));
        assertThat(ref.manifestReference()).isEqualTo("sha256:" + HEX);
        assertThat(ref.fullName()).isEqualTo("docker.io/a/b/c:tag@sha256:" + HEX);
        assertThat(ref.familiarName()).isEqualTo("a/b/c:tag@sha256:" + HEX);
    }

    @Test
    void digestWithoutTag() {
        ImageReference ref = ImageReference.parse("localhost:5000/x@sha512:" + HEX + HEX);
        assertThat(ref.tag()).isEmpty();
        assertThat(ref.digest().orElseThrow().algorithm()).isEqualTo("sha512");
        assertThat(ref.manifestReference()).isEqualTo("sha512:" + HEX + HEX);
    }

    @Test
    void familiarAndFullNames() {
        assertThat(ImageReference.parse("docker.io/library/nginx:1").familiarName()).isEqualTo("nginx:1");
        assertThat(ImageReference.parse("nginx").fullName()).isEqualTo("docker.io/library/nginx");
        assertThat(ImageReference.parse("docker.io/library/a/b").familiarName()).isEqualTo("library/a/b");
        assertThat(ImageReference.parse("bitnami/redis:7").familiarName()).isEqualTo("bitnami/redis:7");
        assertThat(ImageReference.parse("ghcr.io/x/y:1").familiarName()).isEqualTo("ghcr.io/x/y:1");
        assertThat(ImageReference.parse("ghcr.io/x/y:1").name()).isEqualTo("ghcr.io/x/y");
        assertThat(ImageReference.parse("nginx").manifestReference()).isEqualTo("latest");
    }

    @Test
    void equalityIsOnTheNormalisedForm() {
        assertThat(ImageReference.parse("nginx:1.25")).isEqualTo(ImageReference.parse("docker.io/library/nginx:1.25"))
                .isEqualTo(ImageReference.parse("index.docker.io/library/nginx:1.25"))
                .hasSameHashCodeAs(ImageReference.parse("docker.io/nginx:1.25"));
        assertThat(ImageReference.parse("nginx:1.25")).isNotEqualTo(ImageReference.parse("nginx:1.26"));
    }

    @Test
    void buildsFromParts() {
        ImageReference ref = ImageReference.of("docker.io", "bitnami/redis", "7.2", "");
        assertThat(ref.fullName()).isEqualTo("docker.io/bitnami/redis:7.2");
        assertThat(ImageReference.of(null, "nginx", null, "sha256:" + HEX).hasDigest()).isTrue();
        assertThatThrownBy(() -> ImageReference.of("", "Nginx", "1", null))
                .hasMessageContaining("must be lowercase");
    }

    @Test
    void withAndWithoutDigest() {
        ImageReference ref = ImageReference.parse("nginx:1");
        ImageReference pinned = ref.withDigest(new Digest("sha256", HEX));
        assertThat(pinned.fullName()).isEqualTo("docker.io/library/nginx:1@sha256:" + HEX);
        assertThat(pinned.withoutDigest()).isEqualTo(ref);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "''                                  | the image reference is empty",
        "'{{ .Values.image }}'               | unrendered template expression",
        "'{{ .Values.image.repository }}:{{ .Values.image.tag }}' | unrendered template expression",
        "'repo:{{ .Chart.AppVersion }}'      | unrendered template expression",
        "'${REGISTRY}/app:1'                 | unexpanded variable",
        "' nginx'                            | whitespace",
        "'nginx '                            | whitespace",
        "'Nginx:1'                           | must be lowercase (\"Nginx\")",
        "'ghcr.io/AmeideIO/app:1'            | must be lowercase (\"AmeideIO\")",
        "'nginx:'                            | the tag after ':' is empty",
        "'nginx:-1'                          | must start with a letter, digit or '_'",
        "'nginx:.1'                          | must start with a letter, digit or '_'",
        "'nginx:1+2'                         | contains '+'",
        "'nginx@'                            | the digest after '@' is empty",
        "'nginx@sha256'                      | algorithm:hex",
        "'nginx@sha256:abc'                  | has 64 hex digits, this one has 3",
        "'nginx@md5:0123456789abcdef0123456789abcdef' | unsupported digest algorithm \"md5\"",
        "'nginx@sha256:0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef' | lowercase hex",
        "'nginx@sha256:0123456789xbcdef0123456789abcdef0123456789abcdef0123456789abcdef' | 'x', which is not a hex digit",
        "'nginx@sha256:a@sha256:b'           | more than one '@'",
        "':1'                                | the image name is missing",
        "'a//b'                              | empty component",
        "'a/'                                | empty component",
        "'/a'                                | empty component",
        "'ghcr.io/'                          | the repository path is empty",
        "'-a'                                | must start and end with a letter or digit",
        "'a-'                                | must start and end with a letter or digit",
        "'a..b'                              | '.' followed by a separator",
        "'a___b'                             | separator other than",
        "'a_-b'                              | separator other than",
        "'a-.b'                              | '-' followed by another separator",
        "'a%b'                               | contains '%'",
        "'localhost:/x'                      | the registry port after ':' is empty",
        "'localhost:50a0/x'                  | is not a number",
        "'localhost:65536/x'                 | out of range",
        "'my_registry.io/x'                  | contains '_'",
        "'-bad.io/x'                         | starting or ending with '-'",
        "'bad..io/x'                         | empty label",
        "'[::1/x'                            | lacks its closing ']'",
        "'[zz::1]:5000/x'                    | is not an IPv6 address",
        "'[1234]/x'                          | is not an IPv6 address",
        "'[::1]x/a'                          | unexpected \"x\"",
        "'[::1]:5000'                        | must be followed by '/' and a repository path",
        "'0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef' | is an image ID",
    })
    void rejectsWithAClearMessage(String input, String expected) {
        assertThatThrownBy(() -> ImageReference.parse(input))
                .isInstanceOf(InvalidImageReferenceException.class)
                .hasMessageStartingWith("invalid image reference \"" + input + "\": ")
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(((InvalidImageReferenceException) e).input()).isEqualTo(input));
    }

    @Test
    void nullIsRejectedCleanly() {
        assertThatThrownBy(() -> ImageReference.parse(null)).isInstanceOf(InvalidImageReferenceException.class)
                .hasMessageContaining("missing");
        assertThat(ImageReference.tryParse(null)).isEmpty();
        assertThat(ImageReference.tryParse("{{ .Values.image }}")).isEmpty();
        assertThat(ImageReference.tryParse("nginx")).isPresent();
    }

    @Test
    void tagLengthLimitIs128() {
        String tag128 = "t".repeat(128);
        assertThat(ImageReference.parse("nginx:" + tag128).tag()).contains(tag128);
        assertThatThrownBy(() -> ImageReference.parse("nginx:" + tag128 + "x"))
                .hasMessageContaining("the tag is 129 characters long, at most 128");
    }

    @Test
    void nameLengthLimitIs255IncludingTheRegistry() {
        String registry = "registry.example.com/";
        String path = "a".repeat(255 - registry.length());
        assertThat(ImageReference.parse(registry + path + ":1").repository()).isEqualTo(path);
        assertThatThrownBy(() -> ImageReference.parse(registry + path + "a:1"))
                .hasMessageContaining("the name is 256 characters long, at most 255");
    }

    @Test
    void aPortAloneIsATagOnDockerHubAsDockerReadsIt() {
        ImageReference ref = ImageReference.parse("localhost:5000");
        assertThat(ref.registry()).isEqualTo("docker.io");
        assertThat(ref.repository()).isEqualTo("library/localhost");
        assertThat(ref.tag()).contains("5000");
    }

    @Test
    void ordersByFullName() {
        assertThat(ImageReference.parse("b:1").compareTo(ImageReference.parse("ghcr.io/a:1"))).isLessThan(0);
        assertThat(ImageReference.parse("nginx:1").toString()).isEqualTo("docker.io/library/nginx:1");
    }
}
