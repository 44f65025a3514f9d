package dev.gitopslint.cli;

import dev.gitopslint.core.values.MergedValues;
import dev.gitopslint.core.values.Provenance;
import dev.gitopslint.core.yaml.JsonPointers;
import dev.gitopslint.core.yaml.YamlEntry;
import dev.gitopslint.core.yaml.YamlMap;
import dev.gitopslint.core.yaml.YamlNode;
import dev.gitopslint.core.yaml.YamlScalar;
import dev.gitopslint.core.yaml.YamlSeq;
import java.util.Optional;

/**
 * Prints merged values as YAML with the origin of every leaf as a trailing comment, e.g.
 * {@code replicas: 2  # sources/values/env/dev/globals.yaml:12}. Lists come whole from one layer, so
 * the origin sits on the list's key.
 */
final class ValuesPrinter {

    private final MergedValues values;
    private final StringBuilder out = new StringBuilder();

    ValuesPrinter(MergedValues values) {
        this.values = values;
    }

    String print() {
        if (values.root().isEmpty()) {
            out.append("{}\n");
        }
        map(values.root(), "", 0);
        return out.toString();
    }

    private void map(YamlMap map, String pointer, int indent) {
        for (YamlEntry entry : map.entries()) {
            String path = JsonPointers.append(pointer, entry.name());
            String key = " ".repeat(indent) + key(entry.name()) + ":";
            YamlNode value = entry.value();
            if (value instanceof YamlMap child && !child.isEmpty()) {
                out.append(key).append('\n');
                map(child, path, indent + 2);
            } else if (value instanceof YamlSeq seq && !seq.isEmpty()) {
                out.append(key).append(origin(path)).append('\n');
                seq(seq, indent + 2);
            } else {
                out.append(key).append(' ').append(inline(value)).append(origin(path)).append('\n');
            }
        }
    }

    private void seq(YamlSeq seq, int indent) {
        for (YamlNode item : seq.items()) {
            String dash = " ".repeat(indent) + "- ";
            if (item instanceof YamlMap map && !map.isEmpty()) {
                boolean first = true;
                for (YamlEntry entry : map.entries()) {
                    out.append(first ? dash : " ".repeat(indent + 2)).append(key(entry.name())).append(": ")
                            .append(inline(entry.value())).append('\n');
                    first = false;
                }
            } else {
                out.append(dash).append(inline(item)).append('\n');
            }
        }
    }

    private String origin(String pointer) {
        Optional<Provenance> provenance = values.origin(pointer);
        return provenance.map(p -> "  # " + p.position().file() + ":" + p.position().line()).orElse("");
    }

    /** Nested values inside list items are printed in flow style to keep one line per item field. */
    private static String inline(YamlNode node) {
        if (node instanceof YamlMap map) {
            StringBuilder text = new StringBuilder("{");
            for (YamlEntry entry : map.entries()) {
                text.append(text.length() > 1 ? ", " : "").append(key(entry.name())).append(": ")
                        .append(inline(entry.value()));
            }
            return text.append('}').toString();
        }
        if (node instanceof YamlSeq seq) {
            StringBuilder text = new StringBuilder("[");
            for (YamlNode item : seq.items()) {
                text.append(text.length() > 1 ? ", " : "").append(inline(item));
            }
            return text.append(']').toString();
        }
        YamlScalar scalar = (YamlScalar) node;
        if (scalar.kind() == YamlScalar.Kind.NULL) {
            return "null";
        }
        return scalar.quoted() || needsQuotes(scalar.text()) ? quote(scalar.text()) : scalar.text();
    }

    private static String key(String name) {
        return needsQuotes(name) ? quote(name) : name;
    }

    private static boolean needsQuotes(String text) {
        return text.isEmpty() || !text.matches("[A-Za-z0-9_./@-][A-Za-z0-9_./@: -]*") || text.endsWith(" ")
                || text.contains(": ");
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + '"';
    }
}
