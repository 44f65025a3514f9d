package dev.gitopslint.rules.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateValueReadsTest {

    private static ReadableKeys scan(String template) {
        ReadableKeys keys = new ReadableKeys();
        TemplateValueReads.scan("t.yaml", template, List.of(), keys);
        return keys;
    }

    private static ReadableKeys.Reach reach(ReadableKeys keys, String dotted) {
        return keys.reach(List.of(dotted.split("\\.")));
    }

    @Test
    void dottedReferencesInEveryContextReadTheirSubtree() {
        ReadableKeys keys = scan("""
                {{ .Values.a.b | default "x" }}
                {{ $.Values.c }}
                {{ $root.Values.d.e }}
                {{ .context.Values.f }}
                {{- if .ValuesExtra }}{{ end }}
                """);
        assertThat(reach(keys, "a.b.deep")).isEqualTo(ReadableKeys.Reach.COVERED);
        assertThat(reach(keys, "a")).isEqualTo(ReadableKeys.Reach.PARTIAL);
        assertThat(reach(keys, "a.other")).isEqualTo(ReadableKeys.Reach.UNREAD);
        assertThat(reach(keys, "c.anything")).isEqualTo(ReadableKeys.Reach.COVERED);
        assertThat(reach(keys, "d.e")).isEqualTo(ReadableKeys.Reach.COVERED);
        assertThat(reach(keys, "f.g")).isEqualTo(ReadableKeys.Reach.COVERED);
        assertThat(keys.readsEverything()).isFalse();
    }

    @Test
    void indexWithQuotedKeysReadsThatPath() {
        ReadableKeys keys = scan("""
                {{ index .Values "feature-flags" "beta" }}
                {{ index $.Values.controller "extra-args" }}
                {{ index (.Values.labels) }}
                """);
        assertThat(reach(keys, "feature-flags.beta")).isEqualTo(ReadableKeys.Reach.COVERED);
        assertThat(reach(keys, "feature-flags.gamma")).isEqualTo(ReadableKeys.Reach.UNREAD);
        assertThat(reach(keys, "controller.extra-args.x")).isEqualTo(ReadableKeys.Reach.COVERED);
        assertThat(reach(keys, "controller.image")).isEqualTo(ReadableKeys.Reach.UNREAD);
        assertThat(reach(keys, "labels.team")).isEqualTo(ReadableKeys.Reach.COVERED);
    }

    @Test
    void valuesUsedWholeReadEverything() {
        assertThat(scan("{{ include \"cfg\" .Values }}").readsEverything()).isTrue();
        assertThat(scan("{{ toYaml .Values | indent 2 }}").readsEverything()).isTrue();
        assertThat(scan("{{ index .Values $key }}").readsEverything()).isTrue();
        assertThat(scan("{{ tpl (toYaml .Values.a) . }}").readsEverything()).isFalse();
    }

    @Test
    void positionsAreTheReferencesLines() {
        ReadableKeys keys = scan("a: 1\nb: {{ .Values.image.tag }}\n");
        assertThat(keys.knownPaths(10)).extracting(k -> String.join(".", k.path()) + "@" + k.position())
                .containsExactly("image@t.yaml:2:7", "image.tag@t.yaml:2:7");
    }
}
