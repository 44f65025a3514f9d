package dev.gitopslint.core.render.helm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.jar.JarEntry;

/**
 * Keeps the Helm native library (about 98 MB, shipped inside a jar) extracted in a per-user cache
 * directory, so that only the first run on a machine pays for the extraction. helm-java itself copies
 * the library to a fresh temporary directory on every start, which costs roughly half a second each
 * time a pre-commit hook runs.
 *
 * <p>The cached file name carries the jar entry's CRC and size, so a different library version gets a
 * different file and a stale or truncated copy is never loaded. Writes go to a temporary file in the
 * same directory and are renamed into place, so concurrent first runs do not see half-written files.
 *
 * <p>Location: system property {@value #DIR_PROPERTY}, else environment variable {@value #DIR_ENV},
 * else {@code $XDG_CACHE_HOME/gitops-lint/native}, else {@code ~/.cache/gitops-lint/native}. When
 * that directory cannot be written the library goes to a temporary directory deleted on exit.
 */
final class NativeLibraryCache {

    static final String DIR_PROPERTY = "gitopslint.nativeCacheDir";
    static final String DIR_ENV = "GITOPS_LINT_NATIVE_CACHE";

    private NativeLibraryCache() {
    }

    /** Returns a file holding the library resource {@code binaryName} found next to {@code anchor}. */
    static Path materialize(Class<?> anchor, String binaryName) {
        URL resource = anchor.getResource("/" + binaryName);
        if (resource == null) {
            throw new IllegalStateException("The Helm native library " + binaryName + " is not on the class path");
        }
        return materialize(resource, binaryName, cacheDirectory());
    }

    static Path materialize(URL resource, String binaryName, Path cacheDirectory) {
        try {
            String identity = identityOf(resource);
            try {
                return cached(resource, binaryName, identity, cacheDirectory);
            } catch (IOException cacheUnusable) {
                Path temporary = Files.createTempDirectory("gitops-lint-native-");
                temporary.toFile().deleteOnExit();
                Path file = copy(resource, temporary, binaryName);
                file.toFile().deleteOnExit();
                return file;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot extract the Helm native library " + binaryName, e);
        }
    }

    static Path cacheDirectory() {
        String configured = System.getProperty(DIR_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(DIR_ENV);
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("gitops-lint").resolve("native");
    }

    private static Path cached(URL resource, String binaryName, String identity, Path directory) throws IOException {
        Path target = directory.resolve(withIdentity(binaryName, identity));
        long expectedSize = expectedSize(resource);
        if (Files.isRegularFile(target) && (expectedSize < 0 || Files.size(target) == expectedSize)) {
            return target;
        }
        Files.createDirectories(directory);
        Path part = Files.createTempFile(directory, binaryName, ".part");
        try {
            try (InputStream in = resource.openStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
        return target;
    }

    private static Path copy(URL resource, Path directory, String binaryName) throws IOException {
        Path file = directory.resolve(binaryName);
        try (InputStream in = resource.openStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** CRC and size from the jar's central directory: no need to read the 98 MB entry itself. */
    private static String identityOf(URL resource) throws IOException {
        URLConnection connection = resource.openConnection();
        if (connection instanceof JarURLConnection jar) {
            jar.setUseCaches(false);
            JarEntry entry = jar.getJarEntry();
            return Long.toHexString(entry.getCrc()) + "-" + entry.getSize();
        }
        if ("file".equals(resource.getProtocol())) {
            Path file = Path.of(toUri(resource));
            return Long.toHexString(Files.getLastModifiedTime(file).toMillis()) + "-" + Files.size(file);
        }
        return Long.toHexString(resource.toExternalForm().hashCode() & 0xffffffffL);
    }

    private static long expectedSize(URL resource) throws IOException {
        URLConnection connection = resource.openConnection();
        if (connection instanceof JarURLConnection jar) {
            jar.setUseCaches(false);
            return jar.getJarEntry().getSize();
        }
        if ("file".equals(resource.getProtocol())) {
            return Files.size(Path.of(toUri(resource)));
        }
        return -1;
    }

    private static String withIdentity(String binaryName, String identity) {
        int dot = binaryName.lastIndexOf('.');
        String safe = identity.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
        return dot < 0
                ? binaryName + "-" + safe
                : binaryName.substring(0, dot) + "-" + safe + binaryName.substring(dot);
    }

    /** Class loader resources are well-formed URLs, so the checked exception cannot happen. */
    private static java.net.URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("Malformed resource URL " + url, e);
        }
    }
}
