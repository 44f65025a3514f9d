package dev.gitopslint.core.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Locking against a real registry: the lock written, read back, stable across runs and
 * parallelism; failures per image; drift when a tag is republished.
 */
class ImageLockerTest {

    @TempDir
    static Path work;

    private static LocalRegistry registry;
    private static SampleImages pushed;
    private static TestImages images;

    @BeforeAll
    static void startRegistryAndPush() throws Exception {
        LocalRegistry.assumeInstalled();
        registry = LocalRegistry.start(work, work.resolve("storage"), "");
        RegistryPusher pusher = new RegistryPusher(registry.baseUri());
        pushed = SampleImages.push(pusher);
        images = new TestImages(pusher);
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

    private static List<ImageReference> used() {
        return List.of(ref("team/multi:1.0"), ref("team/single:1.0"), ref("team/dockerlist:1.0"),
                ref("team/dockersingle:1.0"), ref("team/single:1.0"), ref("team/missing:1.0"));
    }

    @Test
    void locksEveryImageAndReportsTheOneThatFails() throws Exception {
        LockResult result = new ImageLocker(new RegistryClient(RegistryOptions.defaults()), 4).lock(used());
        assertThat(result.isComplete()).isFalse();
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.image()).isEqualTo(ref("team/missing:1.0"));
            assertThat(failure.reason()).isEqualTo(RegistryException.Reason.NOT_FOUND);
            assertThat(failure.message()).contains("team/missing:1.0: manifest not found");
        });
        ImageLock lock = result.lock();
        assertThat(lock.entries()).extracting(LockEntry::image).containsExactly(ref("team/dockerlist:1.0"),
                ref("team/dockersingle:1.0"), ref("team/multi:1.0"), ref("team/single:1.0"));
        LockEntry multi = lock.get(ref("team/multi:1.0")).orElseThrow();
        assertThat(multi.digest()).isEqualTo(pushed.multi().digest());
        assertThat(multi.isIndex()).isTrue();
        assertThat(multi.platforms()).containsExactly(SampleImages.LINUX_AMD64, SampleImages.LINUX_ARM64_V8);
        LockEntry single = lock.get(ref("team/single:1.0")).orElseThrow();
        assertThat(single.isIndex()).isFalse();
        assertThat(single.supports(Platform.parse("linux/arm64"))).isFalse();
        assertThat(multi.supports(Platform.parse("linux/arm64"))).isTrue();

        Path file = work.resolve("repo").resolve(ImageLock.DEFAULT_PATH);
        ImageLockWriter.write(lock, file);
        assertThat(ImageLockReader.read(file)).isEqualTo(lock);
        assertThat(Files.readString(file)).contains("\"" + registry.address() + "/team/multi:1.0\":\n    digest: \""
                + pushed.multi().digest() + "\"\n    mediaType: \"" + MediaTypes.OCI_INDEX
                + "\"\n    platforms:\n      - \"linux/amd64\"\n      - \"linux/arm64/v8\"\n");
    }

    @Test
    void sameLockWhateverTheOrderAndParallelism() {
        List<ImageReference> reversed = new ArrayList<>(used());
        Collections.reverse(reversed);
        RegistryClient client = new RegistryClient(RegistryOptions.defaults());
        String serial = ImageLockWriter.write(new ImageLocker(client, 1).lock(used()).lock());
        String parallel = ImageLockWriter.write(new ImageLocker(client, 8).lock(reversed).lock());
        assertThat(parallel).isEqualTo(serial);
        assertThat(new ImageLocker(client).lock(List.of()).lock().isEmpty()).isTrue();
    }

    @Test
    void republishedTagShowsAsDriftAndFailuresKeepTheirPreviousEntry() throws Exception {
        RegistryClient client = new RegistryClient(RegistryOptions.defaults());
        // A mirror tag first published single-arch, as in the outage...
        TestImages.Pushed amd64Only = images.pushImage("mirror/alloy", "v1.11.3", MediaTypes.OCI_MANIFEST,
                SampleImages.LINUX_AMD64);
        ImageLock before = new ImageLocker(client).lock(List.of(ref("mirror/alloy:v1.11.3"))).lock();
        assertThat(before.get(ref("mirror/alloy:v1.11.3")).orElseThrow().digest()).isEqualTo(amd64Only.digest());

        // ...then republished as a proper multi-arch index.
        TestImages.Pushed arm64 = images.pushImage("mirror/alloy", null, MediaTypes.OCI_MANIFEST,
                SampleImages.LINUX_ARM64);
        TestImages.Pushed index = images.pushIndex("mirror/alloy", "v1.11.3", MediaTypes.OCI_INDEX,
                List.of(amd64Only, arm64), true);
        LockResult now = new ImageLocker(client).lock(List.of(ref("mirror/alloy:v1.11.3"), ref("team/single:1.0")));
        LockDiff diff = LockDiff.between(before, now.lock());
        assertThat(diff.added()).extracting(LockEntry::image).containsExactly(ref("team/single:1.0"));
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.before().digest()).isEqualTo(amd64Only.digest());
            assertThat(change.after().digest()).isEqualTo(index.digest());
            assertThat(change.after().platforms()).containsExactly(SampleImages.LINUX_AMD64, SampleImages.LINUX_ARM64);
            assertThat(change.describe()).contains("platforms [linux/amd64] -> [linux/amd64, linux/arm64]");
        });

        // A registry that is down does not erase what the lock knew.
        ImageReference unreachable = ImageReference.parse("127.0.0.1:" + LocalRegistry.freePort() + "/team/x:1");
        ImageLock previous = now.lock().with(new LockEntry(unreachable, pushed.single().digest(),
                MediaTypes.OCI_MANIFEST, List.of(SampleImages.LINUX_AMD64)));
        LockResult partial = new ImageLocker(client).lock(List.of(ref("team/single:1.0"), unreachable));
        assertThat(partial.failures()).singleElement().extracting(ImageFailure::reason)
                .isEqualTo(RegistryException.Reason.UNREACHABLE);
        ImageLock kept = partial.keepingPreviousFor(previous);
        assertThat(kept.get(unreachable)).isPresent();
        assertThat(kept.get(ref("mirror/alloy:v1.11.3"))).as("no longer used: dropped").isEmpty();
    }
}
