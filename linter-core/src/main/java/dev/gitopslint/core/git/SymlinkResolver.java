package dev.gitopslint.core.git;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Follows a symlink's target one path component at a time, substituting symlinks met on the way the
 * way the operating system does, and reports the first thing that breaks. Resolution happens in a
 * {@link PathTree}, so a git tree is judged by its own content, not by what happens to lie in the
 * working directory.
 */
final class SymlinkResolver {

    /** The same bound Linux puts on symlinks followed in one lookup. */
    private static final int MAX_LINKS = 40;
    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("^([A-Za-z]:)?[\\\\/].*|^[A-Za-z]:$");

    private final PathTree tree;

    SymlinkResolver(PathTree tree) {
        this.tree = tree;
    }

    Optional<BrokenSymlink> check(String linkPath, String target) throws IOException {
        if (isAbsolute(target)) {
            return broken(linkPath, target, SymlinkProblem.ABSOLUTE_TARGET, "symlink target '" + target
                    + "' is an absolute path, so it points outside the repository");
        }
        List<String> resolved = new ArrayList<>(components(linkPath));
        resolved.remove(resolved.size() - 1);
        Deque<String> pending = new ArrayDeque<>(components(target));
        int linksFollowed = 0;
        while (!pending.isEmpty()) {
            String component = pending.pollFirst();
            if (component.isEmpty() || component.equals(".")) {
                continue;
            }
            if (component.equals("..")) {
                if (resolved.isEmpty()) {
                    return broken(linkPath, target, SymlinkProblem.OUTSIDE_REPOSITORY, "symlink target '" + target
                            + "' leaves the repository");
                }
                resolved.remove(resolved.size() - 1);
                continue;
            }
            resolved.add(component);
            String path = String.join("/", resolved);
            switch (tree.kind(path)) {
                case MISSING -> {
                    String detail = path.equals(lexicalTarget(linkPath, target)) ? "" : " ('" + path + "' is missing)";
                    return broken(linkPath, target, SymlinkProblem.TARGET_MISSING, "symlink target '" + target
                            + "' does not exist" + where() + detail);
                }
                case FILE -> {
                    if (!pending.isEmpty()) {
                        return broken(linkPath, target, SymlinkProblem.TARGET_MISSING, "symlink target '" + target
                                + "' does not exist" + where() + " ('" + path + "' is a file, not a directory)");
                    }
                }
                case SUBMODULE -> {
                    // the submodule's content is not part of this tree: trust the rest of the path
                    return Optional.empty();
                }
                case SYMLINK -> {
                    if (++linksFollowed > MAX_LINKS) {
                        return broken(linkPath, target, SymlinkProblem.LINK_LOOP, "symlink target '" + target
                                + "' never resolves: symlinks point at each other");
                    }
                    String next = tree.linkTarget(path);
                    if (isAbsolute(next)) {
                        return broken(linkPath, target, SymlinkProblem.OUTSIDE_REPOSITORY, "symlink target '"
                                + target + "' leads through '" + path + "', whose target '" + next
                                + "' is an absolute path");
                    }
                    resolved.remove(resolved.size() - 1);
                    List<String> nextComponents = components(next);
                    for (int i = nextComponents.size() - 1; i >= 0; i--) {
                        pending.addFirst(nextComponents.get(i));
                    }
                }
                case DIRECTORY -> {
                    // keep descending
                }
            }
        }
        return Optional.empty();
    }

    static boolean isAbsolute(String target) {
        return target.startsWith("/") || WINDOWS_ABSOLUTE.matcher(target).matches();
    }

    private String where() {
        return tree.description().isEmpty() ? "" : " " + tree.description();
    }

    /** The target joined to the link's directory by text alone, the path a reader would expect. */
    private static String lexicalTarget(String linkPath, String target) {
        List<String> parts = new ArrayList<>(components(linkPath));
        parts.remove(parts.size() - 1);
        for (String c : components(target)) {
            if (c.isEmpty() || c.equals(".")) {
                continue;
            }
            if (c.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(c);
            }
        }
        return String.join("/", parts);
    }

    private static List<String> components(String path) {
        return Arrays.asList(path.split("/", -1));
    }

    private static Optional<BrokenSymlink> broken(String path, String target, SymlinkProblem problem, String reason) {
        return Optional.of(new BrokenSymlink(path, target, problem, reason));
    }
}
