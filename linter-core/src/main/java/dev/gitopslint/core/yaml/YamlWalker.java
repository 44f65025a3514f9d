package dev.gitopslint.core.yaml;

import java.util.ArrayDeque;
import java.util.Deque;

/** Visits every mapping entry of a tree with its JSON pointer, depth first, in document order. */
public final class YamlWalker {

    /** Called for each mapping entry; {@code parent} is the mapping holding it. */
    @FunctionalInterface
    public interface EntryVisitor {
        void visit(String pointer, YamlEntry entry, YamlMap parent);
    }

    private YamlWalker() {
    }

    public static void walk(YamlNode root, EntryVisitor visitor) {
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {"", root});
        while (!stack.isEmpty()) {
            Object[] frame = stack.pop();
            String pointer = (String) frame[0];
            YamlNode node = (YamlNode) frame[1];
            if (node instanceof YamlMap map) {
                var entries = map.entries();
                for (int i = entries.size() - 1; i >= 0; i--) {
                    YamlEntry entry = entries.get(i);
                    stack.push(new Object[] {JsonPointers.append(pointer, entry.name()), entry.value(), entry, map});
                }
            } else if (node instanceof YamlSeq seq) {
                for (int i = seq.size() - 1; i >= 0; i--) {
                    stack.push(new Object[] {pointer + "/" + i, seq.items().get(i)});
                }
            }
            if (frame.length == 4) {
                visitor.visit(pointer, (YamlEntry) frame[2], (YamlMap) frame[3]);
            }
        }
    }
}
