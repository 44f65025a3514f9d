package dev.gitopslint.core.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against a real distribution registry, anonymous access over plain http on loopback. */
class RegistryClientTest {

    @TempDir
    static Path work;

    private static LocalRegistry registry;
    private static SampleImages pushed;
    private static RegistryClient client;

    @BeforeAll
    static void startRegistryAndPush() throws Exception {
        LocalRegistry.assumeInstalled();
        registry = LocalRegistry.start(work, work.resolve("storage"), "");
        pushed = SampleImages.push(new RegistryPusher(registry.baseUri()));
        client = new RegistryClient(RegistryOptions.defaults());
    }

    @AfterAll
    static void stopRegistry() throws InterruptedException {
        if (registry != null) {
            registry.close();
        }
    }

    private static ImageReference ref(String repositoryAndTag) {
        return ImageReference.parse(registry.address() + "/" + repositoryAndTag);
    }

    @Test
    void multiArchOciIndexListsItsPlatformsWithoutTheAttestation() throws RegistryException {
        ResolvedImage resolved = client.resolve(ref("team/multi:1.0"));
        assertThat(resolved.digest()).isEqualTo(pushed.multi().digest());
        assertThat(resolved.mediaType()).isEqualTo(MediaTypes.OCI_INDEX);
        assertThat(resolved.platforms()).containsExactly(SampleImages.LINUX_AMD64, SampleImages.LINUX_ARM64_V8);
    }

    @Test
    void singleArchManifestTakesItsPlatformFromTheConfigBlob() throws RegistryException {
        ResolvedImage resolved = client.resolve(ref("team/single:1.0"));
        assertThat(resolved.digest()).isEqualTo(pushed.single().digest());
        assertThat(resolved.mediaType()).isEqualTo(MediaTypes.OCI_MANIFEST);
        assertThat(resolved.platforms()).containsExactly(SampleImages.LINUX_AMD64);
        assertThat(resolved.toLockEntry(ref("team/single:1.0")).supports(Platform.parse("linux/arm64"))).isFalse();
    }

    @Test
    void dockerManifestListAndDockerV2Manifest() throws RegistryException {
        ResolvedImage list = client.resolve(ref("team/dockerlist:1.0"));
        assertThat(list.digest()).isEqualTo(pushed.dockerList().digest());
        assertThat(list.mediaType()).isEqualTo(MediaTypes.DOCKER_MANIFEST_LIST);
        assertThat(list.platforms()).containsExactly(SampleImages.LINUX_AMD64, SampleImages.LINUX_ARM_V7);

        ResolvedImage single = client.resolve(ref("team/dockersingle:1.0"));
        assertThat(single.digest()).isEqualTo(pushed.dockerSingle().digest());
        assertThat(single.mediaType()).isEqualTo(MediaTypes.DOCKER_MANIFEST);
        assertThat(single.platforms()).containsExactly(SampleImages.LINUX_ARM64);
    }

    @Test
    void indexEntriesWithoutPlatformsAreReadFromTheirConfigs() throws RegistryException {
        ResolvedImage resolved = client.resolve(ref("team/noplatform:1.0"));
        assertThat(resolved.digest()).isEqualTo(pushed.noPlatforms().digest());
        assertThat(resolved.platforms()).containsExactly(SampleImages.LINUX_AMD64, SampleImages.LINUX_ARM64);
    }

    @Test
    void resolvesByDigestAndByTagWithDigest() throws RegistryException {
        Digest amd64 = pushed.multiAmd64().digest();
        ResolvedImage byDigest = client.resolve(ref("team/multi@" + amd64));
        assertThat(byDigest.digest()).isEqualTo(amd64);
        assertThat(byDigest.mediaType()).isEqualTo(MediaTypes.OCI_MANIFEST);
        assertThat(byDigest.platforms()).containsExactly(SampleImages.LINUX_AMD64);

        // As in a pull, the digest wins over the tag.
        ResolvedImage both = client.resolve(ref("team/multi:1.0@" + amd64));
        assertThat(both.digest()).isEqualTo(amd64);
    }

    @Test
    void headGivesDigestAndMediaTypeWithoutTheBody() throws RegistryException {
        ManifestHead head = client.headManifest(ref("team/multi:1.0"));
        assertThat(head.digest()).isEqualTo(pushed.multi().digest());
        assertThat(head.mediaType()).isEqualTo(MediaTypes.OCI_INDEX);
        assertThat(head.size()).isEqualTo(pushed.multi().size());
    }

    @Test
    void manifestExposesTheIndexEntries() throws RegistryException {
        Manifest manifest = client.getManifest(ref("team/multi:1.0"));
        assertThat(manifest.isIndex()).isTrue();
        assertThat(manifest.entries()).hasSize(3);
        assertThat(manifest.entries().get(2).attestation()).isTrue();
        assertThat(manifest.entries().get(2).runnablePlatform()).isEmpty();
        assertThat(Digest.sha256Of(manifest.content())).isEqualTo(pushed.multi().digest());
    }

    @Test
    void missingTagAndRepositoryAreNotFound() {
        assertThatThrownBy(() -> client.resolve(ref("team/multi:2.0")))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining(registry.address() + "/team/multi:2.0: manifest not found in " + registry.address())
                .hasMessageContaining("MANIFEST_UNKNOWN")
                .extracting(e -> ((RegistryException) e).reason()).isEqualTo(RegistryException.Reason.NOT_FOUND);
        assertThatThrownBy(() -> client.resolve(ref("nobody/here:1")))
                .isInstanceOf(RegistryException.class)
                .extracting(e -> ((RegistryException) e).reason()).isEqualTo(RegistryException.Reason.NOT_FOUND);
    }

    @Test
    void digestOfAnotherManifestIsNotFoundInsteadOfServedWrongly() {
        Digest unknown = Digest.sha256Of("never pushed".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> client.resolve(ref("team/single@" + unknown)))
                .isInstanceOf(RegistryException.class)
                .extracting(e -> ((RegistryException) e).reason()).isEqualTo(RegistryException.Reason.NOT_FOUND);
    }

    @Test
    void httpsIsUsedUnlessTheRegistryIsLoopbackOrConfiguredInsecure() {
        RegistryClient strict = new RegistryClient(RegistryOptions.defaults().withPlainHttpForLoopback(false)
                .withTimeouts(java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(2)));
        assertThatThrownBy(() -> strict.resolve(ref("team/single:1.0")))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("https://" + registry.address())
                .hasMessageContaining("configure it as insecure")
                .extracting(e -> ((RegistryException) e).reason()).isEqualTo(RegistryException.Reason.UNREACHABLE);
    }

    @Test
    void configuredInsecureRegistryResolves() throws RegistryException {
        RegistryClient configured = new RegistryClient(RegistryOptions.defaults().withPlainHttpForLoopback(false)
                .withInsecureRegistries(java.util.Set.of(registry.address())));
        assertThat(configured.resolve(ref("team/single:1.0")).digest()).isEqualTo(pushed.single().digest());
    }
}
