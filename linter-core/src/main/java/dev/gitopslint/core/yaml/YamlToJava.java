package dev.gitopslint.core.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain Java values (maps, lists, strings, numbers, booleans, null) from a YAML tree. */
public final class YamlToJava {

    private YamlToJava() {
    }

    public static Object convert(YamlNode node) {
        if (node instanceof YamlMap map) {
            return map(map);
        }
        if (node instanceof YamlSeq seq) {
            List<Object> list = new ArrayList<>(seq.size());
            seq.items().forEach(item -> list.add(convert(item)));
            return list;
        }
        YamlScalar scalar = (YamlScalar) node;
        return scalar.kind() == YamlScalar.Kind.NULL ? null : scalar.value();
    }

    public static Map<String, Object> map(YamlMap map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.entries().forEach(e -> out.put(e.name(), convert(e.value())));
        return out;
    }
}
