package dev.gitopslint.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.yaml.YamlLimits;
import dev.gitopslint.core.yaml.YamlLoader;
import dev.gitopslint.core.yaml.YamlMap;
import dev.gitopslint.core.yaml.YamlToJackson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Helm's documented merge semantics: between -f files, and against chart defaults. */
class HelmValuesMergeTest {

    private static ValuesLayer layer(String file, String yaml) {
        YamlMap map = new YamlLoader(YamlLimits.defaults()).load(file, yaml.getBytes(StandardCharsets.UTF_8))
                .documents().get(0).rootMap().orElseThrow();
        return ValuesLayer.of(file, file, Optional.of(map));
    }

    private static ValuesLayer defaults(String yaml) {
        ValuesLayer l = layer("chart/values.yaml", yaml);
        return ValuesLayer.chartDefaults(l.file(), l.content());
    }

    private static String json(MergedValues merged) {
        return YamlToJackson.convert(merged.root()).toString();
    }

    @Test
    void listsAreReplacedNotAppended() {
        MergedValues merged = HelmValuesMerge.merge(List.of(
                layer("a.yaml", "tolerations: [{key: a}, {key: b}]"),
                layer("b.yaml", "tolerations: [{key: c}]")), Optional.empty());
        assertThat(json(merged)).isEqualTo("{\"tolerations\":[{\"key\":\"c\"}]}");
        assertThat(merged.origin("/tolerations").get().layer().file()).isEqualTo("b.yaml");
        assertThat(merged.origin("/tolerations").get().replaced().get().layer().file()).isEqualTo("a.yaml");
    }

    @Test
    void mapsMergeKeyByKey() {
        MergedValues merged = HelmValuesMerge.merge(List.of(
                layer("a.yaml", "resources: {limits: {cpu: 1}, requests: {cpu: 1}}"),
                layer("b.yaml", "resources: {limits: {memory: 1Gi}}")), Optional.empty());
        assertThat(json(merged)).isEqualTo(
                "{\"resources\":{\"limits\":{\"cpu\":1,\"memory\":\"1Gi\"},\"requests\":{\"cpu\":1}}}");
        assertThat(merged.origin("/resources/limits/cpu").get().layer().file()).isEqualTo("a.yaml");
        assertThat(merged.origin("/resources/limits/memory").get().layer().file()).isEqualTo("b.yaml");
        assertThat(merged.origin("/resources/limits/memory").get().position().line()).isEqualTo(1);
    }

    @Test
    void emptyMapIsANoOpInBothSteps() {
        MergedValues merged = HelmValuesMerge.merge(List.of(
                layer("a.yaml", "nodeSelector: {pool: infra}"),
                layer("b.yaml", "nodeSelector: {}")), Optional.of(defaults("nodeSelector: {zone: a}")));
        assertThat(json(merged)).isEqualTo("{\"nodeSelector\":{\"pool\":\"infra\",\"zone\":\"a\"}}");
    }

    @Test
    void nullOverUserValuesSetsNullWhenTheChartHasNoDefault() {
        MergedValues merged = HelmValuesMerge.merge(List.of(
                layer("a.yaml", "extra: {a: 1}"),
                layer("b.yaml", "extra: null")), Optional.of(defaults("other: 1")));
        assertThat(json(merged)).isEqualTo("{\"extra\":null,\"other\":1}");
    }

    @Test
    void nullDeletesTheChartDefault() {
        MergedValues merged = HelmValuesMerge.merge(List.of(layer("a.yaml", "tolerations: null")),
                Optional.of(defaults("tolerations: [{key: x}]\nreplicas: 1")));
        assertThat(json(merged)).isEqualTo("{\"replicas\":1}");
        assertThat(merged.deletedDefaults()).containsKey("/tolerations");
        assertThat(merged.deletedDefaults().get("/tolerations").replaced().get().layer().chartDefaults()).isTrue();
    }

    @Test
    void nullInAnEarlierLayerOverriddenLaterKeepsTheLaterValue() {
        MergedValues merged = HelmValuesMerge.merge(List.of(
                layer("a.yaml", "tolerations: null"),
                layer("b.yaml", "tolerations: [{key: y}]")), Optional.of(defaults("tolerations: [{key: x}]")));
        assertThat(json(merged)).isEqualTo("{\"tolerations\":[{\"key\":\"y\"}]}");
    }

    @Test
    void nestedNullDeletesOnlyThatDefault() {
        MergedValues merged = HelmValuesMerge.merge(List.of(layer("a.yaml", "controller: {nodeSelector: null}")),
                Optional.of(defaults("controller: {nodeSelector: {a: b}, replicas: 2}")));
        assertThat(json(merged)).isEqualTo("{\"controller\":{\"replicas\":2}}");
    }

    @Test
    void userScalarWinsOverDefaultAndTheDefaultIsTheOldestAssignment() {
        MergedValues merged = HelmValuesMerge.merge(List.of(layer("a.yaml", "replicas: 3")),
                Optional.of(defaults("replicas: 1")));
        Provenance provenance = merged.origin("/replicas").get();
        assertThat(provenance.layer().file()).isEqualTo("a.yaml");
        assertThat(provenance.replaced().get().layer().chartDefaults()).isTrue();
    }

    @Test
    void scalarReplacingAMapForgetsTheMapsChildren() {
        MergedValues merged = HelmValuesMerge.merge(List.of(
                layer("a.yaml", "image: {repository: r, tag: t}"),
                layer("b.yaml", "image: r:1")), Optional.empty());
        assertThat(json(merged)).isEqualTo("{\"image\":\"r:1\"}");
        assertThat(merged.origin("/image/tag")).isEmpty();
    }

    @Test
    void mergedBeforeSeesOnlyEarlierLayersAndDefaults() {
        LayerStack stack = new LayerStack(List.of(
                layer("a.yaml", "tolerations: [{key: a}]"),
                layer("b.yaml", "tolerations: []")), Optional.of(defaults("tolerations: [{key: d}]")));
        assertThat(YamlToJackson.convert(stack.mergedBefore(0).at("/tolerations").get()).toString())
                .isEqualTo("[{\"key\":\"d\"}]");
        assertThat(YamlToJackson.convert(stack.mergedBefore(1).at("/tolerations").get()).toString())
                .isEqualTo("[{\"key\":\"a\"}]");
        assertThat(YamlToJackson.convert(stack.merged().at("/tolerations").get()).toString()).isEqualTo("[]");
    }
}
