package dev.gitopslint.core.render.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeLibraryCacheTest {

    @TempDir
    Path temp;

    @Test
    void extractsOnceAndReusesTheCachedCopy() throws IOException {
        URL library = libraryInJar("native-1.jar", "first version");
        Path cache = temp.resolve("cache");

        Path first = NativeLibraryCache.materialize(library, "libfake.so", cache);
        Files.setLastModifiedTime(first, FileTime.fromMillis(0));
        Path second = NativeLibraryCache.materialize(library, "libfake.so", cache);

        assertThat(second).isEqualTo(first);
        assertThat(first.getParent()).isEqualTo(cache);
        assertThat(first.getFileName().toString()).matches("libfake-[0-9a-f]+-13\\.so");
        assertThat(Files.readString(first)).isEqualTo("first version");
        assertThat(Files.getLastModifiedTime(second).toMillis()).isZero();
        try (var files = Files.list(cache)) {
            assertThat(files).containsExactly(first);
        }
    }

    @Test
    void anotherLibraryVersionGetsItsOwnFile() throws IOException {
        Path cache = temp.resolve("cache");

        Path v1 = NativeLibraryCache.materialize(libraryInJar("v1.jar", "version one"), "libfake.so", cache);
        Path v2 = NativeLibraryCache.materialize(libraryInJar("v2.jar", "version two"), "libfake.so", cache);

        assertThat(v2).isNotEqualTo(v1);
        assertThat(Files.readString(v2)).isEqualTo("version two");
    }

    @Test
    void replacesATruncatedCachedCopy() throws IOException {
        URL library = libraryInJar("native.jar", "complete library");
        Path cache = temp.resolve("cache");
        Path cached = NativeLibraryCache.materialize(library, "libfake.so", cache);
        Files.writeString(cached, "compl");

        Path again = NativeLibraryCache.materialize(library, "libfake.so", cache);

        assertThat(again).isEqualTo(cached);
        assertThat(Files.readString(again)).isEqualTo("complete library");
    }

    @Test
    void fallsBackToATemporaryFileWhenTheCacheCannotBeWritten() throws IOException {
        Path notADirectory = Files.writeString(temp.resolve("file"), "in the way");

        Path extracted = NativeLibraryCache.materialize(libraryInJar("native.jar", "library"), "libfake.so",
                notADirectory.resolve("cache"));

        assertThat(Files.readString(extracted)).isEqualTo("library");
        assertThat(extracted.startsWith(notADirectory)).isFalse();
    }

    @Test
    void defaultsToTheUserCacheDirectory() {
        assumeTrue(System.getProperty(NativeLibraryCache.DIR_PROPERTY) == null
                && System.getenv(NativeLibraryCache.DIR_ENV) == null);
        assertThat(NativeLibraryCache.cacheDirectory().toString()).endsWith("gitops-lint/native");
    }

    private URL libraryInJar(String jarName, String content) throws IOException {
        Path jar = temp.resolve(jarName);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            jarOut.putNextEntry(new JarEntry("libfake.so"));
            jarOut.write(content.getBytes());
            jarOut.closeEntry();
        }
        return new URL("jar:" + jar.toUri() + "!/libfake.so");
    }
}
