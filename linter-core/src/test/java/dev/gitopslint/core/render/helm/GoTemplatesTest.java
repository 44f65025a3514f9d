package dev.gitopslint.core.render.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoTemplatesTest {

    private final GoTemplates goTemplates = new GoTemplates(HelmEngine.shared());

    private static final Map<String, Object> GIT_FILE_PARAMS = gitFileParams();

    @TempDir
    Path temp;

    @Test
    void evaluatesFieldsAndSprigFunctions() {
        List<TemplateResult> results = evaluate(
                "{{ .component }}-{{ .cluster.name }}",
                "{{ .path.basename | upper }}",
                "{{ index .path.segments 0 }}/{{ printf \"%s-%s\" .cluster.env .component }}",
                "{{ if eq .cluster.env \"prod\" }}{{ .replicas }}{{ else }}1{{ end }}",
                "{{ range .path.segments }}[{{ $.component }}:{{ . }}]{{ end }}",
                "{{ .big }} {{ .enabled }} {{ .replicas | add 1 }}");

        assertThat(outputs(results)).containsExactly(
                "payments-api-prod-eu",
                "PAYMENTS-API",
                "apps/prod-payments-api",
                "3",
                "[payments-api:apps][payments-api:payments-api]",
                "1e+06 true 4");
    }

    @Test
    void keepsWhitespaceAndMultiLineTemplates() {
        String patch = """
                spec:
                  source:
                    helm:
                      valueFiles:
                      {{- range .path.segments }}
                        - values/{{ . }}.yaml
                      {{- end }}
                """;

        List<TemplateResult> results = evaluate("  {{ .component }}\n", patch);

        assertThat(results.get(0).output()).isEqualTo("  payments-api\n");
        assertThat(results.get(1).output()).isEqualTo("""
                spec:
                  source:
                    helm:
                      valueFiles:
                        - values/apps.yaml
                        - values/payments-api.yaml
                """);
    }

    @Test
    void aMissingKeyPrintsNoValueLikeArgoCdWithoutOptions() {
        assertThat(evaluate("{{ .missing }}/{{ .nothing }}/{{ .cluster.missing }}").get(0).output())
                .isEqualTo("<no value>/<no value>/<no value>");
    }

    @Test
    void missingKeyErrorFailsOnlyTheJobsThatReadAMissingKey() {
        List<TemplateResult> results = goTemplates.evaluate(List.of(
                new TemplateJob("{{ .component }}", GIT_FILE_PARAMS),
                new TemplateJob("{{ .cluster.region }}", GIT_FILE_PARAMS)), true);

        assertThat(results.get(0).output()).isEqualTo("payments-api");
        assertThat(results.get(1).succeeded()).isFalse();
        assertThat(results.get(1).error()).contains("missingkey=error");
        assertThat(GoTemplates.missingKeyError(List.of("missingkey=error"))).isTrue();
        assertThat(GoTemplates.missingKeyError(List.of("missingkey=error", "missingkey=zero"))).isFalse();
        assertThat(GoTemplates.missingKeyError(List.of())).isFalse();
    }

    /** Go prints a present null as it prints a missing key; only the missing key fails under missingkey=error. */
    @Test
    void aNullParameterIsNotAMissingKey() {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("name", "api");
        params.put("note", null);
        params.put("cluster", new java.util.HashMap<>(java.util.Collections.singletonMap("zone", null)));
        List<TemplateResult> results = goTemplates.evaluate(List.of(
                new TemplateJob("{{ .name }}: {{ .note }}", params),
                new TemplateJob("{{ .cluster.zone }}", params),
                new TemplateJob("{{ .note }} {{ .nmae }}", params),
                new TemplateJob("{{ .name }}", params)), true);

        assertThat(results.get(0).output()).isEqualTo("api: <no value>");
        assertThat(results.get(1).output()).isEqualTo("<no value>");
        assertThat(results.get(2).succeeded()).as("a missing key beside a null").isFalse();
        assertThat(results.get(2).error()).contains("missingkey=error");
        assertThat(results.get(3).output()).isEqualTo("api");
    }

    @Test
    void reportsParseAndExecutionErrorsPerJobAndEvaluatesTheRest() {
        List<TemplateResult> results = evaluate(
                "{{ .component }}",
                "{{ .component | nosuchfunction }}",
                "{{ index .path.segments 5 }}",
                "{{ fail \"no cluster\" }}",
                "{{ if .enabled }}unclosed",
                "{{ .cluster.name }}");

        assertThat(results.get(0).output()).isEqualTo("payments-api");
        assertThat(results.get(1).error()).isEqualTo("template: :1: function \"nosuchfunction\" not defined");
        assertThat(results.get(2).error()).isEqualTo(
                "template: :1:3: executing \"\" at <index .path.segments 5>: error calling index: index out of range: 5");
        assertThat(results.get(3).error()).isEqualTo("no cluster");
        assertThat(results.get(4).error()).startsWith("template: :1: ").contains("unexpected");
        assertThat(results.get(5).output()).isEqualTo("prod-eu");
    }

    @Test
    void normalizeBehavesLikeArgoCds() {
        Map<String, Object> params = Map.of("name", "--My_App.Name (EU)--", "long", "a".repeat(300));

        List<TemplateResult> results = goTemplates.evaluate(List.of(
                new TemplateJob("{{ normalize .name }}", params),
                new TemplateJob("{{ .name | normalize }}-x", params),
                new TemplateJob("{{ (normalize .long) | len }}", params),
                new TemplateJob("{{ .normalize }}", Map.of("normalize", "a field, not the function"))));

        assertThat(outputs(results)).containsExactly(
                "my-app.name--eu", "my-app.name--eu-x", "253", "a field, not the function");
    }

    @Test
    void argoOnlyAndHelmOnlyFunctionsAreReported() {
        List<TemplateResult> results = evaluate(
                "{{ slugify .component }}",
                "{{ required \"x\" .component }}",
                "{{ \"required\" }} and {{/* include */}}{{ .component }}");

        assertThat(results.get(0).unsupported()).isTrue();
        assertThat(results.get(0).error()).contains("slugify");
        assertThat(results.get(1).unsupported()).isFalse();
        assertThat(results.get(1).error()).isEqualTo("template: :1: function \"required\" not defined");
        assertThat(results.get(2).output()).isEqualTo("required and payments-api");
    }

    @Test
    void helmDefinesTheFunctionsArgoCdLacksAndLacksArgoCdsOwn() throws IOException {
        for (String function : GoTemplateFunctions.HELM_ONLY) {
            assertThat(helmDefines(function)).as(function).isTrue();
        }
        assertThat(helmDefines("normalize")).isFalse();
        assertThat(helmDefines("slugify")).isFalse();
        assertThat(helmDefines("env")).isFalse();
        assertThat(helmDefines("toYaml")).isTrue();
        assertThat(helmDefines("fromYamlArray")).isTrue();
    }

    @Test
    void textWithoutActionsAndHookKeysPassThroughUntouched() {
        List<TemplateResult> results = evaluate("plain text", "helm.sh/hook: {{ .component }}");

        assertThat(outputs(results)).containsExactly("plain text", "helm.sh/hook: payments-api");
    }

    @Test
    void evaluatesTwoHundredParameterSetsInOneBatch() {
        List<TemplateJob> jobs = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("component", "svc-" + i);
            params.put("path", Map.of("basename", "svc-" + i, "segments", List.of("apps", "svc-" + i)));
            params.put("cluster", Map.of("name", i % 2 == 0 ? "dev" : "prod"));
            jobs.add(new TemplateJob("{{ .component }}-{{ .cluster.name }}", params));
            jobs.add(new TemplateJob("apps/{{ .path.basename }}/values-{{ .cluster.name }}.yaml", params));
            expected.add("svc-" + i + "-" + (i % 2 == 0 ? "dev" : "prod"));
            expected.add("apps/svc-" + i + "/values-" + (i % 2 == 0 ? "dev" : "prod") + ".yaml");
        }

        assertThat(outputs(goTemplates.evaluate(jobs))).containsExactlyElementsOf(expected);
    }

    /** Split over threads, a large evaluation gives what one call gives, failures and missing keys included. */
    @Test
    void evaluationInParallelPartsEqualsOneCall() {
        List<TemplateJob> jobs = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("component", "svc-" + i);
            params.put("cluster", Map.of("name", i % 3 == 0 ? "dev" : "prod"));
            jobs.add(new TemplateJob("{{ .component }}-{{ .cluster.name }}", params, i % 7 == 0));
            // failures in every part: an execution error, a parse error, a missing key under missingkey=error
            String failing = i % 100 == 5 ? "{{ fail \"stop " + i + "\" }}"
                    : i % 100 == 50 ? "{{ if .component }}unclosed"
                    : "{{ .cluster.zone }}";
            jobs.add(new TemplateJob(failing, params, i % 100 == 70));
        }
        ExecutorService executor = Executors.newFixedThreadPool(3);
        try {
            List<TemplateResult> together = goTemplates.evaluate(jobs);
            List<TemplateResult> inParts = new GoTemplates(HelmEngine.shared(), executor, 3).evaluate(jobs);

            assertThat(inParts).containsExactlyElementsOf(together);
            assertThat(together.get(11).error()).isEqualTo("stop 5");
            assertThat(together.get(101).error()).startsWith("template: :1: ").contains("unexpected");
            assertThat(together.get(141).error()).contains("missingkey=error");
            assertThat(together.get(1398).output()).isEqualTo("svc-699-dev");
        } finally {
            executor.shutdownNow();
        }
    }

    private boolean helmDefines(String function) throws IOException {
        Path chart = Files.createTempDirectory(temp, "probe");
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: probe\nversion: 0.1.0\n");
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("templates/probe.yaml"), "{{ if false }}{{ " + function + " }}{{ end }}");
        RenderResult result = HelmEngine.shared().renderGenerated(RenderRequest.builder(chart, "probe").build());
        assertThat(result.succeeded() || result.error().contains("not defined")).as(result.error()).isTrue();
        return result.succeeded();
    }

    private List<TemplateResult> evaluate(String... templates) {
        return goTemplates.evaluate(Arrays.stream(templates).map(t -> new TemplateJob(t, GIT_FILE_PARAMS)).toList());
    }

    private static List<String> outputs(List<TemplateResult> results) {
        results.forEach(r -> assertThat(r.error()).isNull());
        return results.stream().map(TemplateResult::output).toList();
    }

    private static Map<String, Object> gitFileParams() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("cluster", Map.of("name", "prod-eu", "env", "prod"));
        params.put("component", "payments-api");
        params.put("replicas", 3);
        params.put("big", 1000000);
        params.put("enabled", true);
        params.put("nothing", null);
        params.put("path", Map.of("path", "apps/payments-api", "basename", "payments-api",
                "segments", List.of("apps", "payments-api")));
        return params;
    }
}
