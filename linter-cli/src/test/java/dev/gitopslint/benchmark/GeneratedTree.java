package dev.gitopslint.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the files of one generated data set under its root, creating folders on the way. */
final class GeneratedTree {

    private final Path root;
    private int files;

    GeneratedTree(Path root) {
        this.root = root;
    }

    void write(String relative, String content) {
        write(relative, out -> out.write(content));
    }

    void write(String relative, Content content) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        files++;
    }

    /** A file's text, written piece by piece. */
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    Path root() {
        return root;
    }

    int files() {
        return files;
    }
}
