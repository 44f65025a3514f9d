package dev.gitopslint.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScalarResolutionTest {

    private static final List<String> SUFFIXES = List.of("", "1", "0", "rue", "alse", "RUE", "ull", "ULL", "x1f",
            "o17", ".5", "e3", "inf", "nan", "ame", "amespace", "ull ", "rueish", "{HOME}", "{ A:-b }", "<", " ", "abc", "-", "_1");

    /** The first-character shortcut must never disagree with the core schema's resolver. */
    @Test
    void shortcutAgreesWithTheCoreResolverForEveryFirstCharacter() {
        for (char first = 0; first < Character.MAX_VALUE; first++) {
            if (Character.isSurrogate(first)) {
                continue;
            }
            for (String suffix : SUFFIXES) {
                String value = first + suffix;
                assertThat(ScalarResolution.kindOfPlain(value)).as("'%s'", value)
                        .isEqualTo(ScalarResolution.resolvedKindOfPlain(value));
            }
        }
        assertThat(ScalarResolution.kindOfPlain("")).isEqualTo(ScalarResolution.resolvedKindOfPlain(""));
    }

    @Test
    void resolvesTheCoreSchemaTypes() {
        assertThat(ScalarResolution.kindOfPlain("")).isEqualTo(YamlScalar.Kind.NULL);
        assertThat(ScalarResolution.kindOfPlain("null")).isEqualTo(YamlScalar.Kind.NULL);
        assertThat(ScalarResolution.kindOfPlain("True")).isEqualTo(YamlScalar.Kind.BOOLEAN);
        assertThat(ScalarResolution.kindOfPlain("-12")).isEqualTo(YamlScalar.Kind.INTEGER);
        assertThat(ScalarResolution.kindOfPlain("0x1F")).isEqualTo(YamlScalar.Kind.INTEGER);
        assertThat(ScalarResolution.kindOfPlain(".5")).isEqualTo(YamlScalar.Kind.FLOAT);
        assertThat(ScalarResolution.kindOfPlain("yes")).isEqualTo(YamlScalar.Kind.STRING);
        assertThat(ScalarResolution.kindOfPlain("rc-000001")).isEqualTo(YamlScalar.Kind.STRING);
    }

    @Test
    void integersKeepTheirValueWhateverTheirLength() {
        assertThat(ScalarResolution.valueOf(YamlScalar.Kind.INTEGER, "+5")).isEqualTo(5L);
        assertThat(ScalarResolution.valueOf(YamlScalar.Kind.INTEGER, "-0")).isEqualTo(0L);
        assertThat(ScalarResolution.valueOf(YamlScalar.Kind.INTEGER, "007")).isEqualTo(7L);
        assertThat(ScalarResolution.valueOf(YamlScalar.Kind.INTEGER, "-123456789012345678"))
                .isEqualTo(-123456789012345678L);
        assertThat(ScalarResolution.valueOf(YamlScalar.Kind.INTEGER, "9223372036854775807"))
                .isEqualTo(Long.MAX_VALUE);
        assertThat(ScalarResolution.valueOf(YamlScalar.Kind.INTEGER, "9223372036854775808"))
                .isEqualTo(new java.math.BigInteger("9223372036854775808"));
        assertThat(ScalarResolution.valueOf(YamlScalar.Kind.INTEGER, "0x1F")).isEqualTo(31L);
    }
}
