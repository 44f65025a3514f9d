package dev.gitopslint.rules;

import dev.gitopslint.core.testing.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Locates the repository's fixtures/ folder from a module's tests, and copies fixtures to mutate them. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("fixtures/hostile"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("fixtures/ not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("fixtures");
    }

    /** Every fixture tree: fixtures/rules/*, fixtures/repos/*, fixtures/hostile. */
    public static List<Path> trees() {
        List<Path> trees = new ArrayList<>();
        for (String group : List.of("rules", "repos")) {
            Path dir = root().resolve(group);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> children = Files.list(dir)) {
                    children.filter(Files::isDirectory).sorted().forEach(trees::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        trees.add(root().resolve("hostile"));
        return trees;
    }

    public static Path copy(Path tree, Path target) throws IOException {
        return FileTrees.copy(tree, target);
    }
}
