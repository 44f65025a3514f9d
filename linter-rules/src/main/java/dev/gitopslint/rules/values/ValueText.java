package dev.gitopslint.rules.values;

import dev.gitopslint.core.yaml.YamlEntry;
import dev.gitopslint.core.yaml.YamlMap;
import dev.gitopslint.core.yaml.YamlNode;
import dev.gitopslint.core.yaml.YamlScalar;
import dev.gitopslint.core.yaml.YamlSeq;
import java.util.stream.Collectors;

/** Short, one-line renderings of values for messages. */
final class ValueText {

    private static final int MAX = 60;

    private ValueText() {
    }

    static String brief(YamlNode node) {
        String text = flow(node);
        return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
    }

    /** "2 entries" style, for lists whose content is too long to quote. */
    static String count(YamlNode node) {
        if (node instanceof YamlSeq seq) {
            return seq.size() == 1 ? "1 entry" : seq.size() + " entries";
        }
        if (node instanceof YamlMap map) {
            return map.size() == 1 ? "1 key" : map.size() + " keys";
        }
        return brief(node);
    }

    private static String flow(YamlNode node) {
        if (node instanceof YamlMap map) {
            return map.entries().stream().map(ValueText::entry).collect(Collectors.joining(", ", "{", "}"));
        }
        if (node instanceof YamlSeq seq) {
            return seq.items().stream().map(ValueText::flow).collect(Collectors.joining(", ", "[", "]"));
        }
        YamlScalar scalar = (YamlScalar) node;
        return scalar.kind() == YamlScalar.Kind.NULL ? "null" : scalar.text();
    }

    private static String entry(YamlEntry entry) {
        return entry.name() + ": " + flow(entry.value());
    }
}
