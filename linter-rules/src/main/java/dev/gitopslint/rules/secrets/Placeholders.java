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

    private static final Map<PatternList, List<Pattern>> COMPILED = new ConcurrentHashMap<>();

    private final List<Pattern> placeholders;
    private final List<Pattern> sensitive;

    Placeholders(RuleSettings settings) {
        this.placeholders = compile(settings.stringList("placeholders", DEFAULT_PLACEHOLDERS), true);
        this.sensitive = compile(settings.stringList("sensitiveKeys", DEFAULT_SENSITIVE), false);
    }

    boolean isSensitiveKey(String key) {
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

    /** Compiled once per distinct list: the rule builds its placeholders for every object it checks. */
    private static List<Pattern> compile(List<String> patterns, boolean ignoreCase) {
        return COMPILED.computeIfAbsent(new PatternList(List.copyOf(patterns), ignoreCase), list -> list.patterns()
                .stream()
                .map(p -> list.ignoreCase() ? Pattern.compile(p, Pattern.CASE_INSENSITIVE) : Pattern.compile(p))
                .toList());
    }

    private record PatternList(List<String> patterns, boolean ignoreCase) {
    }
}
