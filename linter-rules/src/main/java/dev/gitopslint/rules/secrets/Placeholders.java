package dev.gitopslint.rules.secrets;

import dev.gitopslint.core.config.RuleSettings;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Decides whether a key names a secret value and whether a value is a placeholder. Keys that name a
 * reference to a secret ({@code existingSecret}, {@code secretName}, {@code *SecretRef}, {@code *KeyRef})
 * hold names, not secrets.
 */
final class Placeholders {

    static final List<String> DEFAULT_PLACEHOLDERS = List.of(
            ".*change[-_ ]?me.*", "changeit", ".*replace[-_ ]?me.*", "todo", "fixme", "tbd", "<[^>]+>", "x{3,}",
            "dummy", "example", ".*placeholder.*", "your[-_ ].*[-_ ]here");
    static final List<String> DEFAULT_SENSITIVE = List.of(
            ".*(password|passwd|secret|token|credential|apikey|api[-_]key|private[-_]?key).*", ".*[a-z0-9]Key",
            ".*[-_]key", "pwd");
    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)(existing.*|.*secretname|.*secretref|.*keyref|.*ref|.*name|.*file|.*path|.*secretkeyname)");

    /** Keys whose answer is remembered: far more than a repository has, few enough to stay small. */
    private static final int MAX_REMEMBERED_KEYS = 50_000;
    private static final Map<List<PatternList>, Placeholders> BY_SETTINGS = new ConcurrentHashMap<>();

    private final List<Pattern> placeholders;
    private final List<Pattern> sensitive;
    /** The same keys come back in every app and object: each is matched against the patterns once. */
    private final Map<String, Boolean> sensitiveKeys = new ConcurrentHashMap<>();

    private Placeholders(PatternList placeholders, PatternList sensitive) {
        this.placeholders = placeholders.compile();
        this.sensitive = sensitive.compile();
    }

    /** The placeholders of these settings, compiled once per distinct configuration. */
    static Placeholders of(RuleSettings settings) {
        PatternList placeholders = new PatternList(settings.stringList("placeholders", DEFAULT_PLACEHOLDERS), true);
        PatternList sensitive = new PatternList(settings.stringList("sensitiveKeys", DEFAULT_SENSITIVE), false);
        return BY_SETTINGS.computeIfAbsent(List.of(placeholders, sensitive), lists -> new Placeholders(
                lists.get(0), lists.get(1)));
    }

    boolean isSensitiveKey(String key) {
        Boolean known = sensitiveKeys.get(key);
        if (known != null) {
            return known;
        }
        boolean sensitiveKey = matchesSensitive(key);
        if (sensitiveKeys.size() < MAX_REMEMBERED_KEYS) {
            sensitiveKeys.put(key, sensitiveKey);
        }
        return sensitiveKey;
    }

    private boolean matchesSensitive(String key) {
        if (REFERENCE.matcher(key).matches()) {
            return false;
        }
        String lower = key.toLowerCase(java.util.Locale.ROOT);
        for (Pattern pattern : sensitive) {
            // camelCase patterns are case-sensitive; the others match lower case.
            if (pattern.matcher(key).matches() || pattern.matcher(lower).matches()) {
                return true;
            }
        }
        return false;
    }

    boolean isPlaceholder(String value) {
        if (value == null) {
            return false;
        }
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            return false;
        }
        return placeholders.stream().anyMatch(p -> p.matcher(trimmed).matches());
    }

    private record PatternList(List<String> patterns, boolean ignoreCase) {
        PatternList {
            patterns = List.copyOf(patterns);
        }

        List<Pattern> compile() {
            return patterns.stream()
                    .map(p -> ignoreCase ? Pattern.compile(p, Pattern.CASE_INSENSITIVE) : Pattern.compile(p))
                    .toList();
        }
    }
}
