package dev.gitopslint.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies of fixture trees for tests that change or move what they lint. */
public final class FileTrees {

    private FileTrees() {
    }

    /** Copies {@code tree} with everything below it to {@code target}, and answers {@code target}. */
    public static Path copy(Path tree, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path source : files.toList()) {
                Path destination = target.resolve(tree.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }
}
