package dev.gitopslint.core.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadedImageLockTest {

    @TempDir
    Path repo;

    private void writeLock(byte[] content) throws Exception {
        Path file = repo.resolve(ImageLock.DEFAULT_PATH);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    @Test
    void noFileMeansNoLockAndNoProblem() {
        LoadedImageLock loaded = LoadedImageLock.load(repo);
        assertThat(loaded.exists()).isFalse();
        assertThat(loaded.lock()).isEmpty();
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.file()).isEqualTo(".gitops-lint/images.lock.yaml");
    }

    @Test
    void readsTheLockWithItsLines() throws Exception {
        ImageReference nginx = ImageReference.parse("nginx:1.27");
        LockEntry entry = new LockEntry(nginx, Digest.sha256Of(new byte[] {1}), MediaTypes.OCI_INDEX,
                List.of(Platform.parse("linux/arm64"), Platform.parse("linux/amd64")));
        writeLock(ImageLockWriter.write(ImageLock.of(List.of(entry))).getBytes());
        LoadedImageLock loaded = LoadedImageLock.load(repo);
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.lock()).hasValueSatisfying(lock -> {
            assertThat(lock.get(nginx)).contains(entry);
            assertThat(lock.lineOf(nginx)).hasValue(7);
        });
    }

    @Test
    void aBrokenLockIsAProblemWithItsRelativeFileAndLine() throws Exception {
        writeLock("version: 1\nimages:\n  \"nginx:1\":\n    digest: \"sha256:abc\"\n".getBytes());
        LoadedImageLock loaded = LoadedImageLock.load(repo);
        assertThat(loaded.exists()).isTrue();
        assertThat(loaded.lock()).isEmpty();
        assertThat(loaded.problem()).hasValueSatisfying(p -> {
            assertThat(p.file()).isEqualTo(".gitops-lint/images.lock.yaml");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.problem()).doesNotStartWith(".gitops-lint");
        });
    }

    @Test
    void textThatIsNotUtf8IsAProblemOfTheWholeFile() throws Exception {
        writeLock(new byte[] {'v', ':', ' ', (byte) 0xff, (byte) 0xfe, '\n'});
        LoadedImageLock loaded = LoadedImageLock.load(repo);
        assertThat(loaded.problem()).hasValueSatisfying(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.problem()).startsWith("cannot read the image lock file");
        });
    }
}
