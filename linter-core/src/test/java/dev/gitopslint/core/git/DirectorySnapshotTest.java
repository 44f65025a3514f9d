package dev.gitopslint.core.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorySnapshotTest {

    @TempDir
    Path temporary;

    @Test
    void restoreUndoesEveryKindOfChangeAgainAndAgain() throws IOException {
        Path live = temporary.resolve("live");
        write(live.resolve("a.txt"), "alpha");
        write(live.resolve("dir/b.txt"), "bravo");
        write(live.resolve("dir/deeper/c.txt"), "charlie");
        write(live.resolve("repo.git/objects/ab/" + "0".repeat(38)), "object");
        Files.createSymbolicLink(live.resolve("link"), Path.of("a.txt"));
        Map<String, String> original = contents(live);

        DirectorySnapshot snapshot = DirectorySnapshot.save(live, temporary.resolve("saved"));
        for (int round = 0; round < 2; round++) {
            Path a = live.resolve("a.txt");
            FileTime before = Files.getLastModifiedTime(a);
            Files.writeString(a, "ALPHA");                      // same size, rewritten in place
            Files.setLastModifiedTime(a, before);               // even with the old timestamp
            Files.delete(live.resolve("dir/b.txt"));
            write(live.resolve("dir/new.txt"), "new");
            write(live.resolve("fresh/dir/x.txt"), "x");
            deleteTree(live.resolve("dir/deeper"));
            Files.delete(live.resolve("link"));
            Files.createDirectories(live.resolve("link"));      // a directory where a symlink was

            snapshot.restore();

            assertThat(contents(live)).isEqualTo(original);
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** Every entry below {@code root}: files with content, symlinks with target, directories as "/". */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                String key = root.relativize(path).toString();
                if (Files.isSymbolicLink(path)) {
                    contents.put(key, "-> " + Files.readSymbolicLink(path));
                } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    contents.put(key, "/");
                } else {
                    contents.put(key, Files.readString(path));
                }
            }
        }
        return contents;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
