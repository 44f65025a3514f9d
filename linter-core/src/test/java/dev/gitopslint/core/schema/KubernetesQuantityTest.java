package dev.gitopslint.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KubernetesQuantityTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "100m", "0.5", ".5", "5.", "+1", "-1", "1Ki", "1.5Gi", "64Mi", "2Ei", "1k", "1M",
        "1G", "1T", "1P", "1E", "1n", "1u", "1e3", "1E-3", "1e+9", "12345678901234567890"})
    void accepts(String quantity) {
        assertThat(KubernetesQuantity.isValid(quantity)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lots", "1K", "1e", "1.5gi", "1 Gi", " 1", "1Gi ", "1..5", ".", "-", "1mi", "1KiB", "0x10",
        "1e1.5", "Gi"})
    void rejects(String quantity) {
        assertThat(KubernetesQuantity.isValid(quantity)).isFalse();
    }
}
