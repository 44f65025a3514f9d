package dev.gitopslint.core.render.helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine's scratch space: one temporary directory, created on first use and removed when the JVM
 * exits, holding prepared chart copies, per-render value files and Go-template evaluation charts.
 */
final class WorkDirectory {

    private final String prefix;
    private final AtomicLong counter = new AtomicLong();
    private volatile Path root;

    WorkDirectory(String prefix) {
        this.prefix = prefix;
    }

    /** A new, empty directory {@code <kind>-<n>} under the root. */
    Path newDirectory(String kind) throws IOException {
        return Files.createDirectory(root().resolve(kind + "-" + counter.incrementAndGet()));
    }

    private Path root() throws IOException {
        Path current = root;
        if (current == null) {
            synchronized (this) {
                current = root;
                if (current == null) {
                    current = Files.createTempDirectory(prefix);
                    Path created = current;
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(created),
                            "gitops-lint-helm-cleanup"));
                    root = current;
                }
            }
        }
        return current;
    }

    static void deleteQuietly(Path directory) {
        try {
            delete(directory);
        } catch (IOException | UncheckedIOException ignored) {
            // Scratch files only: a leftover in the temporary directory is harmless.
        }
    }

    static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
