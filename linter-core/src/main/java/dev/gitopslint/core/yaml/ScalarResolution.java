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

    /**
     * Every character that can start a plain scalar the core schema resolves to null ({@code ~},
     * {@code null}, {@code Null}, {@code NULL}, a space), a boolean, an integer or a float: a scalar
     * starting with any other character is a string, known without running the resolver's regular
     * expressions (most scalars of a manifest are keys and names).
     */
    private static final String NON_STRING_STARTS = "~nN tfTF-+0123456789.";

    private ScalarResolution() {
    }

    static YamlScalar.Kind kindOf(ScalarEvent event) {
        Optional<String> explicit = event.getTag().filter(t -> !"!".equals(t));
        if (explicit.isPresent()) {
            return kindOf(new Tag(explicit.get()));
        }
        return event.isPlain() ? kindOfPlain(event.getValue()) : YamlScalar.Kind.STRING;
    }

    static YamlScalar.Kind kindOfPlain(String value) {
        if (!value.isEmpty() && NON_STRING_STARTS.indexOf(value.charAt(0)) < 0) {
            return YamlScalar.Kind.STRING;
        }
        if (!value.isEmpty() && Character.isLetter(value.charAt(0))) {
            // A word: only the core schema's null and boolean spellings are not strings ("name", "namespace",
            // "false" and "NULL" all start alike), and a table answers without regular expressions.
            return WORDS.getOrDefault(value, YamlScalar.Kind.STRING);
        }
        return kindOf(RESOLVER.resolve(value, true));
    }

    private static final java.util.Map<String, YamlScalar.Kind> WORDS = java.util.Map.of(
            "null", YamlScalar.Kind.NULL, "Null", YamlScalar.Kind.NULL, "NULL", YamlScalar.Kind.NULL,
            "true", YamlScalar.Kind.BOOLEAN, "True", YamlScalar.Kind.BOOLEAN, "TRUE", YamlScalar.Kind.BOOLEAN,
            "false", YamlScalar.Kind.BOOLEAN, "False", YamlScalar.Kind.BOOLEAN, "FALSE", YamlScalar.Kind.BOOLEAN);

    /** What the core resolver makes of a plain scalar, without the shortcut (for tests). */
    static YamlScalar.Kind resolvedKindOfPlain(String value) {
        return kindOf(RESOLVER.resolve(value, true));
    }

    private static YamlScalar.Kind kindOf(Tag tag) {
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
        if (isShortDecimal(text)) {
            return Long.parseLong(text); // the common case, without BigInteger
        }
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

    /** Digits only, optionally signed, few enough to fit a long whatever they are. */
    private static boolean isShortDecimal(String text) {
        int start = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        if (text.length() <= start || text.length() - start > 18) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
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
