package dev.gitopslint.core.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** JSON pointers and their dotted, human form ({@code spec.containers[0].image}). */
final class FieldPaths {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_$-]+");

    private FieldPaths() {
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    static String append(String pointer, String token) {
        return pointer + "/" + escape(token);
    }

    static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    /**
     * The dotted form of {@code pointer} inside {@code root}: indexes of lists in brackets, keys that
     * are not plain words quoted ({@code metadata.annotations["example.com/x"]}). The tree decides
     * whether a numeric token is a list index or a key; past the end of the tree, tokens are keys.
     */
    static String dotted(JsonNode root, String pointer) {
        StringBuilder out = new StringBuilder();
        JsonNode node = root;
        for (String token : tokens(pointer)) {
            if (node != null && node.isArray()) {
                out.append('[').append(token).append(']');
                node = node.get(parseIndex(token));
            } else {
                if (PLAIN_KEY.matcher(token).matches()) {
                    out.append(out.length() == 0 ? "" : ".").append(token);
                } else {
                    out.append("[\"").append(token.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
                }
                node = node == null ? null : node.get(token);
            }
        }
        return out.length() == 0 ? "(object)" : out.toString();
    }

    private static int parseIndex(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
