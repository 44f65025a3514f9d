package dev.gitopslint.core.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Visits every mapping entry of a tree, depth first, in document order. The entry's JSON pointer is
 * built only when a visitor asks for it: most visitors look at keys and skip almost every entry, and
 * building a pointer string per entry was most of the cost of a walk over a large stream.
 */
public final class YamlWalker {

    /**
     * Called for each mapping entry; {@code parent} is the mapping holding it, {@code path} gives its
     * pointer on demand (valid during the call only).
     */
    @FunctionalInterface
    public interface EntryVisitor {
        void visit(Path path, YamlEntry entry, YamlMap parent);
    }

    /** Where the walk is: the tokens from the root to the current entry. */
    public static final class Path {
        private final List<String> tokens = new ArrayList<>();

        /** The JSON pointer (RFC 6901) of the current entry. */
        public String pointer() {
            StringBuilder pointer = new StringBuilder();
            for (String token : tokens) {
                pointer.append('/').append(JsonPointers.escape(token));
            }
            return pointer.toString();
        }
    }

    private YamlWalker() {
    }

    public static void walk(YamlNode root, EntryVisitor visitor) {
        Path path = new Path();
        // Frames: a node to open, or a marker to drop the last path token once a subtree is done.
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(null, root, null, null));
        while (!stack.isEmpty()) {
            Frame frame = stack.pop();
            if (frame.node == null) {
                path.tokens.remove(path.tokens.size() - 1);
                continue;
            }
            if (frame.token != null) {
                path.tokens.add(frame.token);
                stack.push(Frame.POP);
                if (frame.entry != null) {
                    visitor.visit(path, frame.entry, frame.parent);
                }
            }
            if (frame.node instanceof YamlMap map) {
                List<YamlEntry> entries = map.entries();
                for (int i = entries.size() - 1; i >= 0; i--) {
                    YamlEntry entry = entries.get(i);
                    stack.push(new Frame(entry.name(), entry.value(), entry, map));
                }
            } else if (frame.node instanceof YamlSeq seq) {
                for (int i = seq.size() - 1; i >= 0; i--) {
                    stack.push(new Frame(Integer.toString(i), seq.items().get(i), null, null));
                }
            }
        }
    }

    private record Frame(String token, YamlNode node, YamlEntry entry, YamlMap parent) {
        static final Frame POP = new Frame(null, null, null, null);
    }
}
