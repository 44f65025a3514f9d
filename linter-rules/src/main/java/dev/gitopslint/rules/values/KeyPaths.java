package dev.gitopslint.rules.values;

import dev.gitopslint.core.yaml.JsonPointers;
import java.util.List;
import java.util.stream.Collectors;

/** Key paths as users write them in messages: {@code controller.tolerations}, {@code podAnnotations."a.b/c"}. */
final class KeyPaths {

    private KeyPaths() {
    }

    static String display(List<String> path) {
        return path.stream().map(KeyPaths::segment).collect(Collectors.joining("."));
    }

    /** A JSON pointer ({@code /a/b/0}) in the same form; list indexes become {@code [0]}. */
    static String displayPointer(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String token : JsonPointers.tokens(pointer)) {
            if (token.matches("\\d+") && out.length() > 0) {
                out.append('[').append(token).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(segment(token));
            }
        }
        return out.toString();
    }

    private static String segment(String name) {
        return name.matches("[A-Za-z0-9_-]+") ? name : "\"" + name.replace("\"", "\\\"") + "\"";
    }
}
