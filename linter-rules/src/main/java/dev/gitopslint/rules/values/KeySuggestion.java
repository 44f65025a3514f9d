package dev.gitopslint.rules.values;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The key path a chart reads that an unread one most likely meant: the same key name at another depth
 * ({@code tolerations} for {@code controller.tolerations}), else a near spelling next to it
 * ({@code replicaCont} for {@code replicaCount}).
 */
final class KeySuggestion {

    private KeySuggestion() {
    }

    static Optional<ReadableKeys.KnownPath> closest(List<String> unread, List<ReadableKeys.KnownPath> known) {
        String name = unread.get(unread.size() - 1);
        List<String> parent = unread.subList(0, unread.size() - 1);
        Optional<ReadableKeys.KnownPath> sameName = known.stream()
                .filter(k -> !k.path().equals(unread) && !k.path().get(0).equals("global"))
                .filter(k -> k.path().get(k.path().size() - 1).equalsIgnoreCase(name))
                .min(Comparator.comparingInt((ReadableKeys.KnownPath k) -> -commonPrefix(k.path(), unread))
                        .thenComparingInt(k -> k.path().size())
                        .thenComparing(k -> String.join(".", k.path())));
        if (sameName.isPresent()) {
            return sameName;
        }
        int allowed = Math.max(1, name.length() / 4);
        return known.stream()
                .filter(k -> k.path().size() == unread.size() && k.path().subList(0, parent.size()).equals(parent))
                .filter(k -> distance(k.path().get(k.path().size() - 1), name) <= allowed)
                .min(Comparator.comparingInt((ReadableKeys.KnownPath k) ->
                        distance(k.path().get(k.path().size() - 1), name))
                        .thenComparing(k -> String.join(".", k.path())));
    }

    private static int commonPrefix(List<String> a, List<String> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
            n++;
        }
        return n;
    }

    /** Levenshtein distance, ignoring case. */
    static int distance(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
