package dev.gitopslint.core.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * A saved copy of a directory tree that can be put back in place, at the same absolute path, in a few
 * milliseconds. Restoring is incremental: only files added, removed or changed since the last restore
 * are touched, which matters because a test usually changes a handful of files among hundreds.
 *
 * <p>Git object files are hard-linked instead of copied: git never changes one in place.
 */
public final class DirectorySnapshot {

    /**
     * What identifies a file's content cheaply. Timestamps can be too coarse to see a rewrite of the
     * same size, so the content's checksum is part of it, except for object files that git never
     * rewrites.
     */
    private record FileState(Object key, FileTime modified, long size, long checksum) {
        static FileState of(Path file, BasicFileAttributes attributes) throws IOException {
            long checksum = 0;
            if (attributes.isRegularFile() && !isObjectFile(file)) {
                CRC32 crc = new CRC32();
                crc.update(Files.readAllBytes(file));
                checksum = crc.getValue();
            }
            return new FileState(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size(), checksum);
        }
    }

    private final Path live;
    private final Path saved;
    private final Set<Path> savedDirectories = new HashSet<>();
    private final Set<Path> savedFiles = new HashSet<>();
    /** The live files as they were when they last matched the saved copy. */
    private Map<Path, FileState> liveState;

    private DirectorySnapshot(Path live, Path saved) {
        this.live = live;
        this.saved = saved;
    }

    /** Saves {@code live} into the new directory {@code saved}. */
    static DirectorySnapshot save(Path live, Path saved) {
        DirectorySnapshot snapshot = new DirectorySnapshot(live, saved);
        walk(live, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path relative = live.relativize(dir);
                Files.createDirectories(saved.resolve(relative));
                snapshot.savedDirectories.add(relative);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path relative = live.relativize(file);
                copy(file, saved.resolve(relative), attrs);
                snapshot.savedFiles.add(relative);
                return FileVisitResult.CONTINUE;
            }
        });
        snapshot.liveState = states(live);
        return snapshot;
    }

    /** Makes the live directory equal to the saved copy again. */
    public void restore() {
        walk(live, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                Path relative = live.relativize(dir);
                if (savedDirectories.contains(relative)) {
                    return FileVisitResult.CONTINUE;
                }
                deleteTree(dir);
                return FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path relative = live.relativize(file);
                if (!savedFiles.contains(relative) || !FileState.of(file, attrs).equals(liveState.get(relative))) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        walk(saved, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(live.resolve(saved.relativize(dir)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path target = live.resolve(saved.relativize(file));
                if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    copy(file, target, attrs);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        liveState = states(live);
    }

    private static void copy(Path from, Path to, BasicFileAttributes attrs) throws IOException {
        if (attrs.isSymbolicLink()) {
            Files.createSymbolicLink(to, Files.readSymbolicLink(from));
        } else if (isObjectFile(from)) {
            Files.createLink(to, from);
        } else {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /** A loose object ({@code objects/ab/<38 hex>}) or a pack file ({@code objects/pack/pack-*}). */
    private static boolean isObjectFile(Path file) {
        Path parent = file.getParent();
        Path grandparent = parent == null ? null : parent.getParent();
        if (grandparent == null || !Objects.equals(Objects.toString(grandparent.getFileName()), "objects")) {
            return false;
        }
        String name = file.getFileName().toString();
        String directory = parent.getFileName().toString();
        return directory.equals("pack") ? name.startsWith("pack-")
                : directory.matches("[0-9a-f]{2}") && name.matches("[0-9a-f]{38}");
    }

    private static Map<Path, FileState> states(Path root) {
        Map<Path, FileState> states = new HashMap<>();
        walk(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                states.put(root.relativize(file), FileState.of(file, attrs));
                return FileVisitResult.CONTINUE;
            }
        });
        return states;
    }

    private static void deleteTree(Path root) {
        walk(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void walk(Path root, SimpleFileVisitor<Path> visitor) {
        try {
            Files.walkFileTree(root, visitor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
