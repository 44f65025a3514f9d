package dev.gitopslint.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BundledSchemasTest {

    @Test
    void bundlesThreeMinorsNewestIsDefault() {
        assertThat(BundledSchemas.kubernetesVersions()).containsExactly("1.33", "1.34", "1.35");
        assertThat(BundledSchemas.newestKubernetesVersion()).isEqualTo("1.35");
    }

    @Test
    void everyMinorHasWellKnownKindsAndNoDanglingReference() {
        for (String minor : BundledSchemas.kubernetesVersions()) {
            JsonNode bundle = BundledSchemas.kubernetes(minor);
            assertThat(bundle.path("kubernetesVersion").asString()).isEqualTo(minor);
            JsonNode kinds = bundle.path("kinds");
            JsonNode defs = bundle.path("$defs");
            for (String kind : List.of("v1/Pod", "v1/Service", "v1/ConfigMap", "apps/v1/Deployment",
                    "batch/v1/CronJob", "networking.k8s.io/v1/Ingress", "apiextensions.k8s.io/v1/CustomResourceDefinition")) {
                assertThat(kinds.path(kind).isString()).as("%s in %s", kind, minor).isTrue();
                assertThat(defs.has(kinds.path(kind).stringValue())).isTrue();
            }
            assertThat(kinds.has("extensions/v1beta1/Ingress")).isFalse();
            List<String> refs = new ArrayList<>();
            collectRefs(defs, refs);
            assertThat(refs).isNotEmpty().allSatisfy(ref -> {
                assertThat(ref).startsWith("#/$defs/");
                assertThat(defs.has(ref.substring("#/$defs/".length()))).as(ref).isTrue();
            });
        }
    }

    @Test
    void keepsValidationFactsAndDropsDocumentation() {
        JsonNode defs = BundledSchemas.kubernetes("1.35").path("$defs");
        JsonNode intOrString = defs.path("io.k8s.apimachinery.pkg.util.intstr.IntOrString");
        assertThat(intOrString.path("format").asString()).isEqualTo("int-or-string");
        assertThat(defs.path("io.k8s.api.core.v1.ServicePort").path("required").toString()).contains("port");
        assertThat(defs.path("io.k8s.api.core.v1.ServicePort").path("properties").path("nodePort").path("format").asString())
                .isEqualTo("int32");
        assertThat(defs.toString()).doesNotContain("\"description\":\"");
        // Preserve-unknown-fields is kept where the API declares it (the CRD schema type).
        assertThat(defs.path("io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps")
                .path("properties").has("x-kubernetes-preserve-unknown-fields")).isTrue();
    }

    @Test
    void rejectsAMinorThatIsNotBundled() {
        assertThatThrownBy(() -> BundledSchemas.kubernetes("1.20"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.33, 1.34, 1.35");
    }

    @Test
    void catalogHasTheGitOpsStackKinds() {
        assertThat(BundledSchemas.catalogKeys()).hasSizeGreaterThan(150);
        JsonNode grant = BundledSchemas.catalogSchema("gateway.networking.k8s.io", "v1beta1", "ReferenceGrant").orElseThrow();
        assertThat(grant.at("/properties/spec/properties/from/items/required").toString()).contains("group");
        assertThat(BundledSchemas.catalogSchema("argoproj.io", "v1alpha1", "Application")).isPresent();
        assertThat(BundledSchemas.catalogSchema("gateway.envoyproxy.io", "v1alpha1", "EnvoyPatchPolicy")).isPresent();
        assertThat(BundledSchemas.catalogSchema("example.com", "v1", "Nothing")).isEmpty();
    }

    @Test
    void lifecycleTableKnowsRemovalsAndServedRanges() {
        Map<String, JsonNode> byKey = new java.util.HashMap<>();
        BundledSchemas.apiLifecycle().path("apis").forEach(api ->
                byKey.put(api.path("apiVersion").asString() + "/" + api.path("kind").asString(), api));
        JsonNode ingress = byKey.get("extensions/v1beta1/Ingress");
        assertThat(ingress.path("removedIn").asString()).isEqualTo("1.22");
        assertThat(ingress.path("replacement").asString()).isEqualTo("networking.k8s.io/v1");
        JsonNode psp = byKey.get("policy/v1beta1/PodSecurityPolicy");
        assertThat(psp.path("removedIn").asString()).isEqualTo("1.25");
        assertThat(psp.path("servedThrough").asString()).isEqualTo("1.24");
        assertThat(byKey.get("apps/v1/Deployment").path("servedThrough").asString()).isEqualTo("1.35");
    }

    @Test
    void bundledDataStaysSmall() throws IOException {
        Path root = Path.of("src/main/resources/dev/gitopslint/schemas");
        long total;
        try (Stream<Path> files = Files.walk(root)) {
            total = files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum();
        }
        assertThat(total).isLessThan(15L * 1024 * 1024);
    }

    private static void collectRefs(JsonNode node, List<String> into) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref") && e.getValue().isString()) {
                    into.add(e.getValue().stringValue());
                } else {
                    collectRefs(e.getValue(), into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, into));
        }
    }
}
