package dev.gitopslint.core.render.helm;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Turns Argo CD {@code helm.parameters} into what helm-java can pass to Helm.
 *
 * <p>helm-java only has {@code --set}, and it escapes every special character of the value, so Helm
 * always reads one literal scalar and then types it (Helm's {@code typedVal}: {@code true},
 * {@code false}, {@code null} and decimal integers become booleans, null and int64). Argo CD escapes
 * only commas, so for a plain value the two agree once Argo's backslash escapes are resolved here.
 * Two cases cannot go through helm-java's {@code --set} and are written to an extra values file
 * applied after the value files and inline values instead:
 * <ul>
 * <li>{@code forceString} parameters whose value Helm would otherwise type ({@code "true"}, {@code "5"});</li>
 * <li>list values ({@code {a,b}}), which Argo passes to Helm unescaped.</li>
 * </ul>
 * For such a parameter with a list index in its name ({@code a[1]=x}) the values file replaces the
 * whole list where {@code --set} would change one element of it.
 */
final class SetParameters {

    /** Parameters for helm-java's {@code --set}, and a values tree for the others (may be empty). */
    record Plan(Map<String, String> sets, Map<String, Object> overrides) {
    }

    private SetParameters() {
    }

    static Plan plan(List<HelmParameter> parameters) {
        Map<String, String> sets = new LinkedHashMap<>();
        Map<String, Object> overrides = new LinkedHashMap<>();
        for (HelmParameter parameter : parameters) {
            String value = parameter.value();
            if (isList(value)) {
                List<Object> items = new ArrayList<>();
                for (String item : splitList(value)) {
                    items.add(parameter.forceString() ? item : typed(item));
                }
                sets.remove(parameter.name());
                put(overrides, parameter.name(), items);
                continue;
            }
            String literal = unescape(value);
            if (parameter.forceString() && !(typed(literal) instanceof String)) {
                sets.remove(parameter.name());
                put(overrides, parameter.name(), literal);
            } else {
                sets.put(parameter.name(), literal);
            }
        }
        return new Plan(sets, overrides);
    }

    /** helm-java's wire format for {@code --set} and {@code --set-file}: a URL-encoded query string. */
    static String urlEncoded(Map<String, String> entries) {
        StringJoiner joiner = new StringJoiner("&");
        entries.forEach((key, value) -> joiner.add(URLEncoder.encode(key, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joiner.toString();
    }

    /** Helm's {@code typedVal} for {@code --set}. */
    static Object typed(String value) {
        if (value.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (value.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        if (value.equalsIgnoreCase("null")) {
            return null;
        }
        if (value.equals("0")) {
            return 0L;
        }
        if (!value.isEmpty() && value.charAt(0) != '0') {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException notAnInteger) {
                return value;
            }
        }
        return value;
    }

    private static boolean isList(String value) {
        return value.startsWith("{") && value.endsWith("}");
    }

    /** Items of {@code {a,b\,c}}; a backslash escapes the next character. */
    private static List<String> splitList(String value) {
        List<String> items = new ArrayList<>();
        String inner = value.substring(1, value.length() - 1);
        if (inner.isEmpty()) {
            return items;
        }
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length()) {
                item.append(inner.charAt(++i));
            } else if (c == ',') {
                items.add(item.toString());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString());
        return items;
    }

    /** Resolves Helm's value escapes: a backslash keeps the next character literally. */
    static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                out.append(value.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Places {@code value} at Helm key path {@code name} ({@code a.b}, {@code a\.b}, {@code a[0].b}). */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String name, Object value) {
        List<Object> path = parseKey(name);
        Object container = root;
        for (int i = 0; i < path.size(); i++) {
            Object segment = path.get(i);
            boolean last = i == path.size() - 1;
            Object next = last ? value : path.get(i + 1) instanceof Integer ? new ArrayList<>() : new LinkedHashMap<>();
            if (container instanceof Map<?, ?> map) {
                Map<String, Object> typedMap = (Map<String, Object>) map;
                Object existing = typedMap.get((String) segment);
                if (last || !fits(existing, path.get(i + 1))) {
                    typedMap.put((String) segment, next);
                } else {
                    next = existing;
                }
            } else {
                List<Object> list = (List<Object>) container;
                int index = (Integer) segment;
                while (list.size() <= index) {
                    list.add(null);
                }
                Object existing = list.get(index);
                if (last || !fits(existing, path.get(i + 1))) {
                    list.set(index, next);
                } else {
                    next = existing;
                }
            }
            container = next;
        }
    }

    private static boolean fits(Object existing, Object nextSegment) {
        return nextSegment instanceof Integer ? existing instanceof List<?> : existing instanceof Map<?, ?>;
    }

    /** Key segments: strings for map keys, integers for list indexes. Malformed keys stay one literal key. */
    static List<Object> parseKey(String name) {
        List<Object> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c == '\\' && i + 1 < name.length()) {
                current.append(name.charAt(i + 1));
                i += 2;
            } else if (c == '.') {
                segments.add(current.toString());
                current.setLength(0);
                i++;
            } else if (c == '[') {
                int close = name.indexOf(']', i);
                if (close < 0 || !name.substring(i + 1, close).matches("\\d+")) {
                    return List.of(name);
                }
                if (current.length() > 0 || segments.isEmpty()) {
                    segments.add(current.toString());
                    current.setLength(0);
                }
                segments.add(Integer.parseInt(name.substring(i + 1, close)));
                i = close + 1;
                if (i < name.length() && name.charAt(i) == '.') {
                    i++;
                }
            } else {
                current.append(c);
                i++;
            }
        }
        if (current.length() > 0 || segments.isEmpty() || !(segments.get(segments.size() - 1) instanceof Integer)) {
            segments.add(current.toString());
        }
        return segments;
    }
}
