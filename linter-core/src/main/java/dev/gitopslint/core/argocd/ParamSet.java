package dev.gitopslint.core.argocd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One parameter set a generator produced, with the files its values came from (a value copied into an
 * Application can then be located in, say, the component.yaml that set it).
 */
public record ParamSet(Map<String, Object> params, List<String> sourceFiles) {

    public ParamSet {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        sourceFiles = List.copyOf(sourceFiles);
    }

    /** Both sets together, {@code other} winning on conflicting keys (matrix and merge generators). */
    public ParamSet combine(ParamSet other) {
        Map<String, Object> merged = new LinkedHashMap<>(params);
        merged.putAll(other.params);
        return new ParamSet(merged, Stream.concat(sourceFiles.stream(), other.sourceFiles.stream()).distinct().toList());
    }

    /** Dotted string keys, as the fasttemplate ({{key.sub}}) style and label selectors see them. */
    public Map<String, String> flattened() {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", params, flat);
        return flat;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object value, Map<String, String> out) {
        if (value instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((k, v) -> flatten(prefix.isEmpty() ? k : prefix + "." + k, v, out));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), out);
            }
            out.put(prefix, String.valueOf(list));
        } else {
            out.put(prefix, value == null ? "" : String.valueOf(value));
        }
    }
}
