package dev.gitopslint.core.apps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path with {@code {placeholder}} parts, e.g. {@code sources/values/env/{env}/{domain}/{name}.yaml}:
 * matched against real paths to discover values, or expanded with known values.
 */
public final class PathTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private final String template;
    private final Pattern regex;
    private final List<String> names;

    public PathTemplate(String template) {
        this.template = template;
        StringBuilder regexText = new StringBuilder("^");
        List<String> found = new java.util.ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            regexText.append(Pattern.quote(template.substring(last, m.start())));
            String name = m.group(1);
            if (found.contains(name)) {
                regexText.append("\\k<").append(name).append('>');
            } else {
                regexText.append("(?<").append(name).append(">[^/]+)");
                found.add(name);
            }
            last = m.end();
        }
        regexText.append(Pattern.quote(template.substring(last))).append('$');
        this.regex = Pattern.compile(regexText.toString());
        this.names = List.copyOf(found);
    }

    public List<String> placeholders() {
        return names;
    }

    /** The placeholder values if {@code path} matches. */
    public Optional<Map<String, String>> match(String path) {
        Matcher m = regex.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        names.forEach(n -> values.put(n, m.group(n)));
        return Optional.of(values);
    }

    /** The path with every placeholder replaced, or empty when a placeholder has no value. */
    public Optional<String> expand(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }

    public List<String> missing(Map<String, String> values) {
        return names.stream().filter(n -> !values.containsKey(n)).toList();
    }

    @Override
    public String toString() {
        return template;
    }
}
