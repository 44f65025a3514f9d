package dev.gitopslint.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the expectations a fixture tree carries: {@code # expect: rule-a, rule-b} at the end of a line
 * that must produce those findings, {@code # expect-file: rule} anywhere in a file for a finding about
 * the whole file, and {@code # expect-at: <path> <rule>} for a whole-file finding on a file that cannot
 * carry a comment (a symlink). Files are read byte-for-byte (as ISO-8859-1) so that binary and non-UTF-8 fixtures
 * can carry markers too.
 */
public final class ExpectationMarkers {

    private static final Pattern LINE = Pattern.compile("expect:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");
    private static final Pattern FILE = Pattern.compile("expect-file:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");
    private static final Pattern AT = Pattern.compile("expect-at:\\s*(\\S+)\\s+([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");
    private static final Pattern MARKER_START = Pattern.compile("(#|\\{\\{-?\\s*/\\*)\\s*expect(-file|-at)?:");

    private ExpectationMarkers() {
    }

    public static SortedSet<Expectation> read(Path root) throws IOException {
        SortedSet<Expectation> expectations = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                if (file.toString().contains("/.git/")) {
                    continue;
                }
                String relative = root.relativize(file).toString().replace('\\', '/');
                expectations.addAll(read(relative, Files.readAllBytes(file)));
            }
        }
        return expectations;
    }

    public static List<Expectation> read(String file, byte[] bytes) {
        List<Expectation> found = new ArrayList<>();
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (!text.contains("expect")) {
            return found;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher start = MARKER_START.matcher(lines[i]);
            if (!start.find()) {
                continue;
            }
            String marker = lines[i].substring(start.start());
            Matcher atMarker = AT.matcher(marker);
            if (atMarker.find()) {
                String target = atMarker.group(1);
                ids(atMarker.group(2)).forEach(id -> found.add(new Expectation(target, 0, id)));
                continue;
            }
            Matcher fileMarker = FILE.matcher(marker);
            Matcher lineMarker = LINE.matcher(marker);
            if (fileMarker.find()) {
                ids(fileMarker.group(1)).forEach(id -> found.add(new Expectation(file, 0, id)));
            } else if (lineMarker.find()) {
                int line = i + 1;
                ids(lineMarker.group(1)).forEach(id -> found.add(new Expectation(file, line, id)));
            }
        }
        return found;
    }

    private static List<String> ids(String list) {
        return Stream.of(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
