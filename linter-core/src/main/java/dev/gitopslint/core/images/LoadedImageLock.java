package dev.gitopslint.core.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The image lock as a lint run sees it, read once per run from {@link ImageLock#DEFAULT_PATH}: absent
 * (no file), read, or unreadable (with the reader's problem, located in the file). Lint never goes
 * further than this file: the platforms of an image come from here, never from a registry.
 *
 * @param file    the lock's path relative to the repository root, {@code /}-separated
 * @param lock    the entries, when the file exists and reads cleanly
 * @param problem why the file could not be read, when it exists and does not
 */
public record LoadedImageLock(String file, Optional<ImageLock> lock, Optional<ImageLockException> problem) {

    public LoadedImageLock {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(lock, "lock");
        Objects.requireNonNull(problem, "problem");
    }

    /** No lock file: nothing is known about any image's platforms. */
    public static LoadedImageLock absent() {
        return new LoadedImageLock(ImageLock.DEFAULT_PATH, Optional.empty(), Optional.empty());
    }

    /** Reads {@code <repository>/.gitops-lint/images.lock.yaml}; every failure becomes {@link #problem()}. */
    public static LoadedImageLock load(Path repository) {
        Path path = repository.resolve(ImageLock.DEFAULT_PATH);
        if (!Files.isRegularFile(path)) {
            return absent();
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return unreadable(new ImageLockException(ImageLock.DEFAULT_PATH, 0,
                    "cannot read the image lock file: " + e.getMessage()));
        }
        try {
            return new LoadedImageLock(ImageLock.DEFAULT_PATH,
                    Optional.of(ImageLockReader.parse(text, ImageLock.DEFAULT_PATH)), Optional.empty());
        } catch (ImageLockException e) {
            return unreadable(e);
        }
    }

    private static LoadedImageLock unreadable(ImageLockException problem) {
        return new LoadedImageLock(ImageLock.DEFAULT_PATH, Optional.empty(), Optional.of(problem));
    }

    /** Whether a lock file exists (readable or not). */
    public boolean exists() {
        return lock.isPresent() || problem.isPresent();
    }
}
