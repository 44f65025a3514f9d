package dev.gitopslint.core.argocd;

import java.util.regex.Pattern;

/**
 * The glob dialect of Argo CD's git generators (gobwas/glob with {@code /} as separator): {@code *} and
 * {@code ?} stay within one path segment, {@code **} crosses segments, {@code [..]} is a class and
 * {@code {a,b}} an alternative.
 */
public final class GitGlob {

    private final Pattern pattern;

    private GitGlob(Pattern pattern) {
        this.pattern = pattern;
    }

    public static GitGlob compile(String glob) {
        StringBuilder regex = new StringBuilder("^");
        int depth = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                        regex.append(".*");
                        i++;
                    } else {
                        regex.append("[^/]*");
                    }
                }
                case '?' -> regex.append("[^/]");
                case '[' -> {
                    int end = glob.indexOf(']', i + 1);
                    if (end < 0) {
                        regex.append("\\[");
                    } else {
                        String body = glob.substring(i + 1, end);
                        regex.append('[').append(body.startsWith("!") ? "^" + body.substring(1) : body).append(']');
                        i = end;
                    }
                }
                case '{' -> {
                    regex.append("(?:");
                    depth++;
                }
                case '}' -> {
                    if (depth > 0) {
                        regex.append(')');
                        depth--;
                    } else {
                        regex.append("\\}");
                    }
                }
                case ',' -> regex.append(depth > 0 ? "|" : ",");
                case '\\' -> {
                    if (i + 1 < glob.length()) {
                        regex.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                    }
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        regex.append("$");
        if (depth != 0) {
            return new GitGlob(Pattern.compile(Pattern.quote(glob)));
        }
        return new GitGlob(Pattern.compile(regex.toString()));
    }

    public boolean matches(String path) {
        return pattern.matcher(path).matches();
    }
}
