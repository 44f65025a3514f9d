package dev.gitopslint.core.yaml;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Resolves scalars with the YAML 1.2 core schema (what Kubernetes' and Helm's YAML readers agree on for
 * everything but the YAML 1.1 booleans {@code yes/no/on/off}, which stay strings here).
 */
final class ScalarResolution {

    private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();

    private ScalarResolution() {
    }

    static YamlScalar.Kind kindOf(ScalarEvent event) {
        Optional<String> explicit = event.getTag().filter(t -> !"!".equals(t));
        Tag tag = explicit.map(Tag::new)
                .orElseGet(() -> event.isPlain()
                        ? RESOLVER.resolve(event.getValue(), true)
                        : Tag.STR);
        if (Tag.NULL.equals(tag)) {
            return YamlScalar.Kind.NULL;
        }
        if (Tag.BOOL.equals(tag)) {
            return YamlScalar.Kind.BOOLEAN;
        }
        if (Tag.INT.equals(tag)) {
            return YamlScalar.Kind.INTEGER;
        }
        if (Tag.FLOAT.equals(tag)) {
            return YamlScalar.Kind.FLOAT;
        }
        return YamlScalar.Kind.STRING;
    }

    static Object valueOf(YamlScalar.Kind kind, String text) {
        try {
            return switch (kind) {
                case NULL -> null;
                case BOOLEAN -> Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
                case INTEGER -> parseInteger(text);
                case FLOAT -> parseFloat(text);
                case STRING -> text;
            };
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static Object parseInteger(String text) {
        String t = text.replace("_", "");
        int sign = 1;
        if (t.startsWith("-") || t.startsWith("+")) {
            sign = t.startsWith("-") ? -1 : 1;
            t = t.substring(1);
        }
        BigInteger value;
        if (t.startsWith("0x")) {
            value = new BigInteger(t.substring(2), 16);
        } else if (t.startsWith("0o")) {
            value = new BigInteger(t.substring(2), 8);
        } else {
            value = new BigInteger(t);
        }
        if (sign < 0) {
            value = value.negate();
        }
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    private static Object parseFloat(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.endsWith(".inf")) {
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (t.equals(".nan")) {
            return Double.NaN;
        }
        return Double.parseDouble(t.replace("_", ""));
    }
}
