package dev.gitopslint.core.git;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;

/**
 * The entries of a {@code .gitmodules} text. Values come from JGit's config parser, which knows every
 * quoting and escaping rule; JGit keeps no positions, so the section headers are located by a small
 * scan of our own.
 */
final class GitmodulesFile {

    private static final String SECTION = "submodule";

    private final List<GitmodulesEntry> entries;
    private final List<GitmodulesProblem> problems;

    private GitmodulesFile(List<GitmodulesEntry> entries, List<GitmodulesProblem> problems) {
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    static GitmodulesFile empty() {
        return new GitmodulesFile(List.of(), List.of());
    }

    static GitmodulesFile parse(String text) {
        HeaderScan scan = HeaderScan.of(text);
        Config config = new Config();
        try {
            config.fromText(text);
        } catch (ConfigInvalidException e) {
            TextPosition where = scan.firstMalformed() == null ? TextPosition.START : scan.firstMalformed();
            return new GitmodulesFile(List.of(), List.of(new GitmodulesProblem(
                    "cannot parse .gitmodules: " + e.getMessage(), where)));
        }
        List<GitmodulesEntry> entries = new ArrayList<>();
        List<GitmodulesProblem> problems = new ArrayList<>();
        for (String name : config.getSubsections(SECTION)) {
            TextPosition position = scan.headers().getOrDefault(name, TextPosition.START);
            String path = normalisePath(valueOf(config, name, "path"));
            String url = valueOf(config, name, "url");
            if (path.isEmpty()) {
                problems.add(new GitmodulesProblem("submodule \"" + name + "\" has no path", position));
            }
            entries.add(new GitmodulesEntry(name, path, url, position));
        }
        entries.sort(Comparator.comparing(GitmodulesEntry::path).thenComparing(GitmodulesEntry::name));
        problems.sort(Comparator.comparingInt((GitmodulesProblem p) -> p.position().line())
                .thenComparing(GitmodulesProblem::message));
        return new GitmodulesFile(entries, problems);
    }

    List<GitmodulesEntry> entries() {
        return entries;
    }

    List<GitmodulesProblem> problems() {
        return problems;
    }

    /** Paths compare the way git stores them: no leading {@code ./}, no trailing slash. */
    static String normalisePath(String path) {
        String p = path.trim().replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static String valueOf(Config config, String name, String key) {
        String value = config.getString(SECTION, name, key);
        return value == null ? "" : value.trim();
    }

    /**
     * The position of the first {@code [submodule "name"]} header per name, and of the first header
     * that does not parse (to place a syntax error).
     */
    private record HeaderScan(Map<String, TextPosition> headers, TextPosition firstMalformed) {

        static HeaderScan of(String text) {
            Map<String, TextPosition> headers = new LinkedHashMap<>();
            TextPosition malformed = null;
            String[] lines = text.split("\n", -1);
            boolean continued = false;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
                boolean continuation = continued;
                continued = endsWithContinuation(line);
                if (continuation) {
                    continue;
                }
                int start = firstNonBlank(line);
                if (start < 0 || line.charAt(start) != '[') {
                    continue;
                }
                TextPosition position = new TextPosition(i + 1, start + 1);
                Header header = Header.parse(line, start);
                if (header == null) {
                    if (malformed == null) {
                        malformed = position;
                    }
                } else if (header.section().equalsIgnoreCase(SECTION) && header.subsection() != null) {
                    headers.putIfAbsent(header.subsection(), position);
                }
            }
            return new HeaderScan(headers, malformed);
        }

        private static boolean endsWithContinuation(String line) {
            int backslashes = 0;
            for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
                backslashes++;
            }
            return backslashes % 2 == 1;
        }

        private static int firstNonBlank(String line) {
            for (int i = 0; i < line.length(); i++) {
                if (line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                    return i;
                }
            }
            return -1;
        }
    }

    /** A parsed {@code [section "subsection"]} or legacy {@code [section.subsection]} header. */
    private record Header(String section, String subsection) {

        static Header parse(String line, int bracket) {
            int i = bracket + 1;
            int n = line.length();
            StringBuilder name = new StringBuilder();
            while (i < n && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '-'
                    || line.charAt(i) == '.')) {
                name.append(line.charAt(i++));
            }
            while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (name.length() == 0 || i >= n) {
                return null;
            }
            if (line.charAt(i) == ']') {
                int dot = name.indexOf(".");
                return dot < 0
                        ? new Header(name.toString(), null)
                        : new Header(name.substring(0, dot), name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
            }
            if (line.charAt(i) != '"') {
                return null;
            }
            StringBuilder subsection = new StringBuilder();
            for (i++; i < n; i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    return i + 1 < n && line.charAt(i + 1) == ']'
                            ? new Header(name.toString(), subsection.toString())
                            : null;
                }
                if (c == '\\' && i + 1 < n) {
                    c = line.charAt(++i);
                }
                subsection.append(c);
            }
            return null;
        }
    }
}
