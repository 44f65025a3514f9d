package dev.gitopslint.core.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** A directory on disk seen as a file tree, never following symlinks by itself. */
final class FileSystemPathTree implements PathTree {

    private final Path root;

    FileSystemPathTree(Path root) {
        this.root = root;
    }

    @Override
    public Kind kind(String path) throws IOException {
        Path file;
        try {
            file = path.isEmpty() ? root : root.resolve(path);
        } catch (InvalidPathException e) {
            return Kind.MISSING;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Kind.MISSING;
        } catch (java.nio.file.FileSystemException e) {
            // e.g. "not a directory" on the way: nothing there either
            return Kind.MISSING;
        }
        if (attributes.isSymbolicLink()) {
            return Kind.SYMLINK;
        }
        return attributes.isDirectory() ? Kind.DIRECTORY : Kind.FILE;
    }

    @Override
    public String linkTarget(String path) throws IOException {
        return Files.readSymbolicLink(root.resolve(path)).toString();
    }

    @Override
    public String description() {
        return "";
    }
}
