package dev.gitopslint.core.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a lock as YAML, byte-identical for equal locks: entries sorted by reference, platforms
 * sorted, every string double-quoted, {@code \n} line ends, no timestamps.
 */
public final class ImageLockWriter {

    static final String HEADER = """
            # Image lock for gitops-lint: the digest, manifest media type and platforms of every image
            # the repository uses, resolved from the registries. Lint reads this file and never the network.
            # Generated; do not edit by hand. Regenerate with:   gitops-lint images lock
            # Check for drift without writing:                 gitops-lint images lock --check
            """;

    private ImageLockWriter() {
    }

    public static String write(ImageLock lock) {
        StringBuilder out = new StringBuilder(HEADER);
        out.append("version: ").append(ImageLock.FORMAT_VERSION).append('\n');
        if (lock.isEmpty()) {
            return out.append("images: {}\n").toString();
        }
        out.append("images:\n");
        for (LockEntry entry : lock.entries()) {
            out.append("  ").append(quote(entry.image().fullName())).append(":\n");
            out.append("    digest: ").append(quote(entry.digest().toString())).append('\n');
            out.append("    mediaType: ").append(quote(entry.mediaType())).append('\n');
            if (entry.platforms().isEmpty()) {
                out.append("    platforms: []\n");
            } else {
                out.append("    platforms:\n");
                for (Platform platform : entry.platforms()) {
                    out.append("      - ").append(quote(platform.toString())).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** Writes atomically (temporary file then move), creating the parent directory. */
    public static void write(ImageLock lock, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".images.lock", ".tmp");
        try {
            Files.writeString(temporary, write(lock), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A YAML double-quoted scalar; the values are registry names and hex, but stay safe anyway. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
