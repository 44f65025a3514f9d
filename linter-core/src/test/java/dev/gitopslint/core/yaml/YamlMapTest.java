package dev.gitopslint.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.source.Position;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlMapTest {

    private static final Position AT = new Position("values.yaml", 1, 1);

    /** Small maps are scanned, large ones hashed: both must answer alike. */
    @ParameterizedTest
    @ValueSource(ints = {1, 8, 9, 40})
    void findsEveryKeyAndTheLastOfDuplicates(int size) {
        List<YamlEntry> entries = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            entries.add(entry("k" + i, "v" + i));
        }
        entries.add(entry("k0", "again"));
        YamlMap map = new YamlMap(entries, AT);

        for (int i = 1; i < size; i++) {
            assertThat(map.text("k" + i)).contains("v" + i);
        }
        assertThat(map.text("k0")).contains("again");
        assertThat(map.entry("k0").orElseThrow().value()).isSameAs(entries.get(size).value());
        assertThat(map.get("missing")).isEmpty();
        assertThat(map.size()).isEqualTo(size + 1);
        // Each key once, in the order first written.
        assertThat(map.toString()).startsWith("YamlMap[k0").endsWith("k" + (size - 1) + "]@values.yaml:1:1")
                .containsOnlyOnce("k0");
    }

    private static YamlEntry entry(String key, String value) {
        return new YamlEntry(YamlScalar.string(key, AT), YamlScalar.string(value, AT));
    }
}
