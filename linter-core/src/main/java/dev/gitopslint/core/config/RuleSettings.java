package dev.gitopslint.core.config;

import dev.gitopslint.core.finding.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Config for one rule: enabled or not, a severity override, and rule-specific options. */
public record RuleSettings(boolean enabled, Optional<Severity> severity, Map<String, Object> options) {

    public static final RuleSettings DEFAULT = new RuleSettings(true, Optional.empty(), Map.of());

    public RuleSettings {
        options = Map.copyOf(options);
    }

    /** A list-of-strings option, or {@code fallback} when not set. */
    @SuppressWarnings("unchecked")
    public List<String> stringList(String name, List<String> fallback) {
        Object value = options.get(name);
        if (value instanceof List<?> list) {
            return ((List<Object>) list).stream().map(String::valueOf).toList();
        }
        return fallback;
    }
}
