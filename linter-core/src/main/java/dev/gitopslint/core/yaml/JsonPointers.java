package dev.gitopslint.core.yaml;

import dev.gitopslint.core.source.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** RFC 6901 JSON pointers over {@link YamlNode} trees. */
public final class JsonPointers {

    private JsonPointers() {
    }

    public static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer == null || pointer.isEmpty()) {
            return tokens;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    public static String append(String pointer, String token) {
        return pointer + "/" + escape(token);
    }

    public static Optional<YamlNode> resolve(YamlNode root, String pointer) {
        YamlNode node = root;
        for (String token : tokens(pointer)) {
            Optional<YamlNode> next = child(node, token);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            node = next.get();
        }
        return Optional.of(node);
    }

    /**
     * The position of the node at {@code pointer}; for a map entry, the key's position (where a user
     * looks for the setting). When the pointer leads nowhere, the deepest node on its path.
     */
    public static Position closestPosition(YamlNode root, String pointer) {
        YamlNode node = root;
        Position best = root.position();
        for (String token : tokens(pointer)) {
            if (node instanceof YamlMap map) {
                Optional<YamlEntry> entry = map.entry(token);
                if (entry.isEmpty()) {
                    return best;
                }
                best = entry.get().key().position();
                node = entry.get().value();
            } else {
                Optional<YamlNode> next = child(node, token);
                if (next.isEmpty()) {
                    return best;
                }
                node = next.get();
                best = node.position();
            }
        }
        return best;
    }

    private static Optional<YamlNode> child(YamlNode node, String token) {
        if (node instanceof YamlMap map) {
            return map.get(token);
        }
        if (node instanceof YamlSeq seq) {
            try {
                int index = Integer.parseInt(token);
                return index >= 0 && index < seq.size() ? Optional.of(seq.items().get(index)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
