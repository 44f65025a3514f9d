package dev.gitopslint.core.render.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelmEngineTest {

    private final HelmEngine helm = HelmEngine.shared();

    @TempDir
    Path temp;

    @Test
    void rendersAFirstPartyChartWithReleaseNamespaceAndKubeVersion() {
        RenderResult result = helm.render(RenderRequest.builder(TestCharts.chart("first-party"), "shop-api")
                .namespace("shop").kubeVersion("1.35.0").build());

        assertThat(result.error()).isNull();
        assertThat(result.manifest())
                .contains("# Source: first-party/templates/deployment.yaml")
                .contains("  name: shop-api\n  namespace: shop\n")
                .contains("image: \"registry.example.com/shop/api:2.0\"")
                .doesNotContain("is installed"); // NOTES.txt is not a manifest
        assertThat(result.chunks()).extracting(RenderedChunk::sourceTemplate).containsExactlyInAnyOrder(
                "first-party/templates/service.yaml",
                "first-party/templates/deployment.yaml",
                "first-party/templates/migrations-job.yaml");
    }

    @Test
    void keepsHooksWithTheirAnnotations() {
        RenderResult result = helm.render(RenderRequest.builder(TestCharts.chart("first-party"), "shop-api").build());

        RenderedChunk hook = chunk(result, "first-party/templates/migrations-job.yaml");
        assertThat(hook.yamlText())
                .contains("\"helm.sh/hook\": pre-install,pre-upgrade")
                .contains("\"helm.sh/hook-weight\": \"-5\"")
                .contains("name: shop-api-migrations");
        assertThat(result.manifest()).doesNotContain(HookMask.MASKED);
    }

    @Test
    void laterValueFilesWin() throws IOException {
        Path globals = write("globals.yaml", "replicas: 2\nimage:\n  tag: \"2.1\"\nenv:\n  LOG: info\n");
        Path environment = write("prod.yaml", "replicas: 5\nenv:\n  REGION: eu\n");

        RenderResult result = helm.render(RenderRequest.builder(TestCharts.chart("first-party"), "shop-api")
                .valueFile(globals).valueFile(environment).build());

        String deployment = chunk(result, "first-party/templates/deployment.yaml").yamlText();
        assertThat(deployment).contains("replicas: 5").contains("registry.example.com/shop/api:2.1")
                .contains("- name: LOG\n              value: \"info\"")
                .contains("- name: REGION\n              value: \"eu\"");
    }

    @Test
    void inlineValuesComeAfterValueFilesAndTheObjectFormWins() throws IOException {
        Path file = write("values.yaml", "replicas: 2\n");

        String yamlOnly = deployment(RenderRequest.builder(TestCharts.chart("first-party"), "a")
                .valueFile(file).inlineValues("replicas: 3\n").build());
        String both = deployment(RenderRequest.builder(TestCharts.chart("first-party"), "a")
                .valueFile(file).inlineValues("replicas: 3\n")
                .inlineValuesObject(Map.of("replicas", 4, "image", Map.of("tag", "obj"))).build());

        assertThat(yamlOnly).contains("replicas: 3");
        assertThat(both).contains("replicas: 4").contains("shop/api:obj");
    }

    @Test
    void parametersOverrideValuesWithHelmTyping() throws IOException {
        Path file = write("values.yaml", "replicas: 2\nenv:\n  FROM_FILE: \"yes\"\n");

        String deployment = deployment(RenderRequest.builder(TestCharts.chart("first-party"), "a")
                .valueFile(file).inlineValues("replicas: 3\n")
                .parameter(HelmParameter.set("replicas", "7"))
                .parameter(HelmParameter.set("env.LIST", "a,b"))
                .parameter(HelmParameter.set("env.ESCAPED", "x\\,y"))
                .parameter(HelmParameter.set("env.DOTTED\\.KEY", "v1.2"))
                .parameter(HelmParameter.setString("env.FLAG", "true"))
                .parameter(HelmParameter.set("env.TYPED", "true"))
                .build());

        assertThat(deployment).contains("replicas: 7")
                .contains("- name: LIST\n              value: \"a,b\"")
                .contains("- name: ESCAPED\n              value: \"x,y\"")
                .contains("- name: DOTTED.KEY\n              value: \"v1.2\"")
                .contains("- name: FLAG\n              value: \"true\"")
                .contains("- name: FROM_FILE\n              value: \"yes\"");
    }

    @Test
    void forceStringKeepsNumbersAsStrings() {
        RenderResult typed = helm.render(RenderRequest.builder(TestCharts.chart("values-probe"), "a")
                .parameter(HelmParameter.set("port", "8080"))
                .parameter(HelmParameter.setString("version", "10"))
                .parameter(HelmParameter.set("zones", "{eu-1,eu-2}"))
                .parameter(HelmParameter.set("off", "False"))
                .build());

        assertThat(typed.error()).isNull();
        assertThat(typed.manifest())
                .contains("port: \"int64 8080\"")
                .contains("version: \"string 10\"")
                .contains("zones: \"[]interface {} [eu-1 eu-2]\"")
                .contains("off: \"bool false\"");
    }

    @Test
    void fileParametersSetFileContent() throws IOException {
        Path script = write("init,db.sh", "#!/bin/sh\necho ready\n");

        RenderResult result = helm.render(RenderRequest.builder(TestCharts.chart("values-probe"), "a")
                .fileParameter(new HelmFileParameter("script", script)).build());

        assertThat(result.manifest()).contains("script: \"string #!/bin/sh\\necho ready\\n\"");
    }

    @Test
    void thirdPartyChartTakesItsNamespaceAndTolerationsFromValues() throws IOException {
        Path values = write("ingress.yaml", """
                namespace: ingress-system
                tolerations:
                  - key: dedicated
                    operator: Equal
                    value: edge
                controller:
                  tolerations:
                    - key: node-role.kubernetes.io/control-plane
                      effect: NoSchedule
                """);

        RenderResult result = helm.render(RenderRequest.builder(TestCharts.chart("third-party-like"), "ingress")
                .namespace("apps").kubeVersion("1.35.0").valueFile(values).build());

        assertThat(result.error()).isNull();
        String controller = chunk(result, "ingress-controller/templates/controller-deployment.yaml").yamlText();
        assertThat(controller).contains("namespace: ingress-system").contains("""
                      tolerations:\s
                        - effect: NoSchedule
                          key: node-role.kubernetes.io/control-plane
                """);
        String backend = chunk(result, "ingress-controller/templates/default-backend.yaml").yamlText();
        assertThat(backend).contains("namespace: ingress-system").contains("""
                      tolerations:
                        - key: dedicated
                          operator: Equal
                          value: edge
                """);
        assertThat(chunk(result, "ingress-controller/templates/admission-patch-job.yaml").yamlText())
                .contains("helm.sh/hook: post-install,post-upgrade");
    }

    @Test
    void chartKubeVersionConstraintIsCheckedAgainstTheRequestedVersion() {
        RenderResult old = helm.render(RenderRequest.builder(TestCharts.chart("third-party-like"), "x")
                .kubeVersion("1.20.0").build());

        assertThat(old.succeeded()).isFalse();
        assertThat(old.error()).isEqualTo(
                "chart requires kubeVersion: >=1.21.0-0 which is incompatible with Kubernetes v1.20.0");
    }

    @Test
    void aMissingRequiredValueIsAnErrorResult() {
        RenderResult result = helm.render(RenderRequest.builder(TestCharts.chart("required-value"), "x").build());

        assertThat(result.succeeded()).isFalse();
        assertThat(result.manifest()).isNull();
        assertThat(result.error()).isEqualTo(
                "execution error at (required-value/templates/deployment.yaml:10:52): image.tag is required");
        assertThat(result.chunks()).isEmpty();
    }

    @Test
    void aTemplateErrorIsAnErrorResult() {
        RenderResult result = helm.render(RenderRequest.builder(TestCharts.chart("template-error"), "x").build());

        assertThat(result.error()).isEqualTo(
                "parse error at (template-error/templates/configmap.yaml:6): function \"nosuchfunction\" not defined");
    }

    @Test
    void aMissingValueFileIsAnErrorResult() {
        Path missing = temp.resolve("nope.yaml");

        RenderResult result = helm.render(RenderRequest.builder(TestCharts.chart("first-party"), "x")
                .valueFile(missing).build());

        assertThat(result.error()).isEqualTo("open " + missing + ": no such file or directory");
    }

    @Test
    void aDirectoryWithoutChartYamlIsAnErrorResult() {
        RenderResult result = helm.render(RenderRequest.builder(temp, "x").build());

        assertThat(result.error()).isEqualTo("Chart.yaml file is missing in " + temp);
    }

    @Test
    void crdsAreIncludedUnlessSkipped() {
        RenderResult included = helm.render(RenderRequest.builder(TestCharts.chart("with-crds"), "x").build());
        RenderResult skipped = helm.render(RenderRequest.builder(TestCharts.chart("with-crds"), "x")
                .skipCrds(true).build());

        assertThat(included.chunks()).extracting(RenderedChunk::sourceTemplate)
                .containsExactlyInAnyOrder("with-crds/crds/certificates.yaml", "with-crds/templates/certificate.yaml");
        assertThat(chunk(included, "with-crds/crds/certificates.yaml").yamlText())
                .startsWith("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n");
        assertThat(skipped.chunks()).extracting(RenderedChunk::sourceTemplate)
                .containsExactly("with-crds/templates/certificate.yaml");
    }

    @Test
    void rendersVendoredSubchartsOfflineWithTheirCrdsAndHooks() {
        RenderResult result = helm.render(RenderRequest.builder(TestCharts.chart("with-subcharts"), "plat").build());

        assertThat(result.error()).isNull();
        assertThat(result.chunks()).extracting(RenderedChunk::sourceTemplate).containsExactlyInAnyOrder(
                "platform/templates/configmap.yaml",
                "platform/charts/cache/templates/statefulset.yaml",
                "platform/charts/operator/templates/deployment.yaml",
                "platform/charts/operator/templates/install-crds-hook.yaml",
                "platform/charts/operator/crds/widgets.yaml");
        assertThat(chunk(result, "platform/charts/cache/templates/statefulset.yaml").yamlText())
                .contains("image: registry.example.com/redis:7").contains("value: \"false\"");
        assertThat(chunk(result, "platform/charts/operator/crds/widgets.yaml").yamlText())
                .contains("Text that looks like a template: {{ .Values.nothing }}");
        assertThat(chunk(result, "platform/charts/operator/templates/install-crds-hook.yaml").yamlText())
                .contains("helm.sh/hook: pre-upgrade");
    }

    @Test
    void anEnabledSubchartBringsItsCrds() {
        RenderResult result = helm.render(RenderRequest.builder(TestCharts.chart("with-subcharts"), "plat")
                .parameter(HelmParameter.set("metrics.enabled", "true")).build());

        assertThat(result.chunks()).extracting(RenderedChunk::sourceTemplate).contains(
                "platform/charts/metrics/templates/servicemonitor.yaml",
                "platform/charts/metrics/crds/servicemonitors.yaml");
    }

    @Test
    void resolvesFileDependenciesWithoutBuildingThem() {
        RenderResult result = helm.render(RenderRequest.builder(TestCharts.chart("local-dependency"), "lib").build());

        assertThat(result.error()).isNull();
        assertThat(result.manifest()).contains("app.kubernetes.io/managed-by: Helm")
                .contains("app.kubernetes.io/part-of: local-dependency");
        assertThat(TestCharts.chart("local-dependency").resolve("charts")).doesNotExist();
    }

    @Test
    void aDependencyMissingFromChartsIsAnErrorResult() {
        RenderResult result = helm.render(RenderRequest.builder(TestCharts.chart("missing-dependency"), "x").build());

        assertThat(result.error()).startsWith("An error occurred while checking for chart dependencies.")
                .endsWith("found in Chart.yaml, but missing in charts/ directory: kafka");
    }

    @Test
    void aHookAnnotationComingFromValuesStaysAHook() throws IOException {
        Path values = write("hook-values.yaml", """
                podAnnotations:
                  helm.sh/hook: post-install
                """);

        RenderResult result = helm.render(RenderRequest.builder(TestCharts.chart("values-probe"), "x")
                .valueFile(values).build());

        assertThat(chunk(result, "values-probe/templates/annotated.yaml").yamlText())
                .contains("helm.sh/hook: post-install");
    }

    @Test
    void aHookMaskedValueFileStillReportsItsOwnPathInErrors() throws IOException {
        Path values = write("broken,hooks.yaml", "podAnnotations:\n  helm.sh/hook: [unclosed\n");

        RenderResult result = helm.render(RenderRequest.builder(TestCharts.chart("values-probe"), "x")
                .valueFile(values).build());

        assertThat(result.error()).contains(values.toString()).doesNotContain(HookMask.MASKED);
    }

    @Test
    void aCorruptSubchartArchiveIsHelmsErrorToReport() throws IOException {
        Path chart = temp.resolve("broken-archive");
        Files.createDirectories(chart.resolve("charts"));
        Files.createDirectories(chart.resolve("crds"));
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: broken-archive\nversion: 0.1.0\n");
        Files.writeString(chart.resolve("charts/sub-1.0.0.tgz"), "not gzip");
        Files.writeString(chart.resolve("crds/crd.yaml"), "kind: CustomResourceDefinition\n");

        RenderResult result = helm.render(RenderRequest.builder(chart, "x").build());

        assertThat(result.error()).isEqualTo("error unpacking subchart sub-1.0.0.tgz in broken-archive: unexpected EOF");
    }

    private String deployment(RenderRequest request) {
        RenderResult result = helm.render(request);
        assertThat(result.error()).isNull();
        return chunk(result, "first-party/templates/deployment.yaml").yamlText();
    }

    private static RenderedChunk chunk(RenderResult result, String source) {
        assertThat(result.error()).isNull();
        List<RenderedChunk> matching = result.chunks().stream().filter(c -> c.sourceTemplate().equals(source)).toList();
        assertThat(matching).as("chunks from " + source).hasSize(1);
        return matching.get(0);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content);
    }
}
