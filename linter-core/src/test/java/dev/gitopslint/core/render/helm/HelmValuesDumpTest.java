package dev.gitopslint.core.render.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pins down how Helm merges layered values: the reference for the project's own merger. */
class HelmValuesDumpTest {

    @TempDir
    Path temp;

    @Test
    void helmMergesTheLayersLikeThis() throws IOException {
        Path chart = HelmValuesDump.writeChart(temp);
        List<Path> layers = HelmValuesDump.writeLayers(temp.resolve("layers"));

        HelmValuesDump.Values values = HelmValuesDump.render(chart, layers);

        Map<String, Object> childView = Map.of(
                "fromParent", "from-shared",
                "replicas", 2,
                "image", Map.of("repository", "registry.example.com/child", "tag", "1.1"),
                // Globals flow down and merge with the subchart's own; the parent's win.
                "global", Map.of("region", "eu-west-1", "tier", "standard", "team", "payments", "childOnly", true));
        Map<String, Object> expected = new HashMap<>();
        expected.put("keep", "chart-default");
        // nulledDefault: null over a chart default deletes the key.
        // userNulledLater: null over an earlier user layer, no chart default: the null stays.
        expected.put("userNulledLater", null);
        expected.put("userKey", "one");
        expected.put("nested", Map.of("a", 100, "b", 20)); // c: null deleted the default map
        expected.put("list", List.of("second", "third")); // lists replace
        expected.put("mapKeptByEmptyOverride", Map.of("x", 1, "z", 2)); // {} changes nothing
        expected.put("emptyList", List.of());
        expected.put("global", Map.of("region", "eu-west-1", "tier", "standard", "team", "payments"));
        expected.put("child", childView); // the parent sees the subchart's coalesced values
        assertThat(values.chart()).isEqualTo(expected);
        assertThat(values.child()).isEqualTo(childView);
    }

    @Test
    void withoutValueFilesTheChartDefaultsApply() throws IOException {
        Path chart = HelmValuesDump.writeChart(temp);

        HelmValuesDump.Values values = HelmValuesDump.render(chart, List.of());

        assertThat(values.chart()).containsEntry("nulledDefault", "chart-default").containsEntry("list", List.of("a", "b", "c"));
        assertThat(values.child()).containsEntry("fromParent", "parent-default")
                .containsEntry("global", Map.of("region", "eu-west-1", "tier", "chart-default", "childOnly", true));
    }

    @Test
    void helmReadsValuesAsYamlOnePointOneSoYesNoYAndNAreBooleans() throws IOException {
        Path chart = HelmValuesDump.writeChart(temp);
        Path values = Files.writeString(temp.resolve("yaml11.yaml"), """
                flags: [y, n, yes, no, on, off, "y"]
                y: key
                octal: 0755
                """);

        Map<String, Object> dumped = HelmValuesDump.render(chart, List.of(values)).chart();

        assertThat(dumped.get("flags")).isEqualTo(List.of(true, false, true, false, true, false, "y"));
        assertThat(dumped).containsEntry("true", "key").containsEntry("octal", 493);
    }
}
