package dev.gitopslint.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class SchemaRegistryTest {

    private static final String GRANT_WITH_COMMENT = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: ReferenceGrant
            metadata: {name: g, namespace: backend}
            spec:
              from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: gateway, comment: why}]
              to: [{group: "", kind: Service}]
            """;

    @TempDir
    Path dir;

    @Test
    void aRepositoryCrdTakesPrecedenceOverTheCatalog() {
        SchemaRegistry registry = SchemaRegistry.builder().build();
        GroupVersionKind grant = GroupVersionKind.of("gateway.networking.k8s.io/v1", "ReferenceGrant");
        SchemaValidator validator = new SchemaValidator(registry);

        assertThat(registry.find(grant).orElseThrow().source()).isEqualTo(SchemaSource.CRD_CATALOG);
        assertThat(validator.validate(YamlTrees.one(GRANT_WITH_COMMENT))).extracting(Violation::jsonPointer, Violation::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/spec/from/0/comment", Violation.Kind.UNKNOWN_FIELD));

        // The repository's copy of the CRD declares one more field than the catalog's.
        JsonNode crd = YamlTrees.resource("crds/gateway.networking.k8s.io_referencegrants.yaml");
        for (JsonNode version : crd.at("/spec/versions")) {
            ((ObjectNode) version.at("/schema/openAPIV3Schema/properties/spec/properties/from/items/properties"))
                    .putObject("comment").put("type", "string");
        }
        CrdRegistration registration = registry.addCustomResourceDefinition(crd, "charts/gateway/crds/referencegrants.yaml");

        assertThat(registration.kinds()).contains(grant);
        KindSchema applied = registry.find(grant).orElseThrow();
        assertThat(applied.source()).isEqualTo(SchemaSource.REPOSITORY_CRD);
        assertThat(applied.origin()).isEqualTo("charts/gateway/crds/referencegrants.yaml");
        assertThat(validator.validate(YamlTrees.one(GRANT_WITH_COMMENT))).isEmpty();
    }

    /** Kinds named up front are validated from a document of their definitions alone; others still work. */
    @Test
    void knownKindsAndOthersValidateAlike() {
        String deployment = "{apiVersion: apps/v1, kind: Deployment, metadata: {name: d, labelz: {}}, spec: "
                + "{replicas: '3', selector: {}, template: {spec: {containers: [{name: c, image: i, portz: 1}]}}}}";
        String service = "{apiVersion: v1, kind: Service, metadata: {name: s}, spec: {ports: [{port: x}]}}";
        SchemaValidator everything = new SchemaValidator(SchemaRegistry.builder().build());
        SchemaRegistry known = SchemaRegistry.builder()
                .kinds(List.of(GroupVersionKind.of("apps/v1", "Deployment"))).build();
        SchemaValidator some = new SchemaValidator(known);

        for (String object : List.of(deployment, service)) {
            List<Violation> expected = everything.validate(YamlTrees.one(object));
            assertThat(expected).isNotEmpty();
            assertThat(some.validate(YamlTrees.one(object))).as(object)
                    .usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(expected);
        }
        // A custom resource refers to the built-in ObjectMeta, which the known kinds' document always holds.
        known.addCustomResourceDefinition(YamlTrees.resource("crds/gateway.networking.k8s.io_referencegrants.yaml"),
                "grants.yaml");
        assertThat(some.validate(YamlTrees.one(GRANT_WITH_COMMENT.replace("name:", "nam:"))))
                .extracting(Violation::jsonPointer).contains("/metadata/nam");
        assertThat(known.problems()).isEmpty();
    }

    @Test
    void theFirstCrdForAKindWinsAndTheSecondIsAProblem() {
        SchemaRegistry registry = SchemaRegistry.builder().build();
        JsonNode crd = YamlTrees.resource("crds/gateway.networking.k8s.io_referencegrants.yaml");
        registry.addCustomResourceDefinition(crd, "a.yaml");
        CrdRegistration second = registry.addCustomResourceDefinition(crd, "b.yaml");
        assertThat(second.kinds()).isEmpty();
        assertThat(second.problems()).hasSize(2).allSatisfy(p -> assertThat(p).startsWith("b.yaml: ").contains("already defined by a.yaml"));
        assertThat(registry.problems()).containsAll(second.problems());
    }

    @Test
    void somethingThatIsNotACrdIsAProblemNotAnException() {
        SchemaRegistry registry = SchemaRegistry.builder().build();
        assertThat(registry.addCustomResourceDefinition(YamlTrees.one("{apiVersion: v1, kind: ConfigMap}"), "x.yaml").problems())
                .containsExactly("x.yaml: not a CustomResourceDefinition (apiextensions.k8s.io)");
        JsonNode noGroup = YamlTrees.one("{apiVersion: apiextensions.k8s.io/v1, kind: CustomResourceDefinition, metadata: {name: w}, spec: {names: {kind: W}}}");
        assertThat(registry.addCustomResourceDefinition(noGroup, "y.yaml").problems())
                .containsExactly("y.yaml: CustomResourceDefinition w has no spec.group or spec.names.kind");
    }

    @Test
    void schemaLocationsUseBothCommunityLayoutsAndTemplates() throws IOException {
        write(dir.resolve("one/example.com/widget_v1.json"), widgetSchema("size"));
        write(dir.resolve("two/gadget-example.com-v1.json"), widgetSchema("color"));
        write(dir.resolve("three/example.com/gizmo.v2.json"), widgetSchema("weight"));
        SchemaRegistry registry = SchemaRegistry.builder().schemaLocations(List.of(
                dir.resolve("one").toString(), dir.resolve("two").toString(),
                dir.resolve("three") + "/{{.Group}}/{{ .ResourceKind }}.{{.ResourceAPIVersion}}.json")).build();
        SchemaValidator validator = new SchemaValidator(registry);

        assertThat(validator.validate(YamlTrees.one("{apiVersion: example.com/v1, kind: Widget, metadata: {name: w}, spec: {size: 1}}"))).isEmpty();
        assertThat(validator.validate(YamlTrees.one("{apiVersion: example.com/v1, kind: Gadget, metadata: {name: g}, spec: {size: 1}}")))
                .extracting(Violation::jsonPointer).containsExactly("/spec/size");
        KindSchema gizmo = registry.find(GroupVersionKind.of("example.com/v2", "Gizmo")).orElseThrow();
        assertThat(gizmo.source()).isEqualTo(SchemaSource.SCHEMA_LOCATION);
        assertThat(gizmo.origin()).endsWith("gizmo.v2.json");
    }

    @Test
    void aSchemaLocationOverridesBuiltInKindsButNotRepositoryCrds() throws IOException {
        write(dir.resolve("apps/deployment_v1.json"), """
                {"type": "object", "properties": {"spec": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}}""");
        SchemaRegistry registry = SchemaRegistry.builder().schemaLocations(List.of(dir.toString())).build();
        String deployment = "{apiVersion: apps/v1, kind: Deployment, metadata: {name: d}, spec: {anything: goes}}";
        assertThat(new SchemaValidator(registry).validate(YamlTrees.one(deployment))).isEmpty();
        assertThat(registry.find(GroupVersionKind.of("apps/v1", "Deployment")).orElseThrow().source())
                .isEqualTo(SchemaSource.SCHEMA_LOCATION);
        assertThat(registry.find(GroupVersionKind.of("v1", "Pod")).orElseThrow().source()).isEqualTo(SchemaSource.BUILT_IN);
    }

    @Test
    void anUnreadableSchemaFileIsAProblemAndTheNextSourceApplies() throws IOException {
        write(dir.resolve("v1/configmap_v1.json"), "{not json");
        write(dir.resolve("configmap--v1.json"), "{not json");
        SchemaRegistry registry = SchemaRegistry.builder().schemaLocations(List.of(dir + "/{{.ResourceKind}}-{{.Group}}-{{.ResourceAPIVersion}}.json")).build();
        assertThat(registry.find(GroupVersionKind.of("v1", "ConfigMap")).orElseThrow().source()).isEqualTo(SchemaSource.BUILT_IN);
        assertThat(registry.problems()).singleElement().asString().contains("configmap--v1.json").contains("cannot be read as JSON");
    }

    @Test
    void remoteSchemaLocationsAreRefused() {
        assertThatThrownBy(() -> SchemaRegistry.builder()
                .schemaLocations(List.of("https://raw.githubusercontent.com/datreeio/CRDs-catalog/main/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json"))
                .build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no network");
        assertThatThrownBy(() -> SchemaRegistry.builder().schemaLocations(List.of("/s/{{.NormalizedKubernetesVersion}}/x.json")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{{.NormalizedKubernetesVersion}}");
    }

    @Test
    void aSchemaReferringToAnotherFileIsRefusedNotFetched() throws IOException {
        write(dir.resolve("example.com/widget_v1.json"), """
                {"type": "object", "properties": {"spec": {"$ref": "https://example.com/definitions.json#/Spec"}}}""");
        SchemaRegistry registry = SchemaRegistry.builder().schemaLocations(List.of(dir.toString())).build();
        List<Violation> violations = new SchemaValidator(registry)
                .validate(YamlTrees.one("{apiVersion: example.com/v1, kind: Widget, metadata: {name: w}}"));
        assertThat(violations).extracting(Violation::kind).containsExactly(Violation.Kind.UNKNOWN_KIND);
        assertThat(registry.problems()).singleElement().asString()
                .contains("https://example.com/definitions.json#/Spec").contains("schemas are never fetched");
    }

    @Test
    void theTargetVersionDecidesWhichBuiltInKindsExist() {
        String deviceClass = "{apiVersion: resource.k8s.io/v1, kind: DeviceClass, metadata: {name: gpu}, spec: {}}";
        SchemaRegistry older = SchemaRegistry.builder().kubernetesVersion("v1.33.4").build();
        assertThat(older.kubernetesVersion()).isEqualTo(new KubernetesVersion(1, 33));
        assertThat(new SchemaValidator(older).validate(YamlTrees.one(deviceClass)))
                .extracting(Violation::kind).containsExactly(Violation.Kind.UNKNOWN_KIND);
        assertThat(new SchemaValidator(SchemaRegistry.builder().kubernetesVersion("1.34").build())
                .validate(YamlTrees.one(deviceClass))).isEmpty();
        assertThatThrownBy(() -> SchemaRegistry.builder().kubernetesVersion("1.20"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.33, 1.34, 1.35");
        assertThat(SchemaRegistry.bundledKubernetesVersions()).last().isEqualTo(new KubernetesVersion(1, 35));
    }

    @Test
    void eachKindIsCompiledOnceEvenUnderConcurrentValidation() throws Exception {
        SchemaRegistry registry = SchemaRegistry.builder().build();
        SchemaValidator validator = new SchemaValidator(registry);
        List<JsonNode> objects = List.of(
                YamlTrees.one("{apiVersion: v1, kind: ConfigMap, metadata: {name: a}, data: {k: v}}"),
                YamlTrees.one("{apiVersion: v1, kind: Service, metadata: {name: b}, spec: {ports: [{port: 80}]}}"),
                YamlTrees.one("{apiVersion: gateway.networking.k8s.io/v1, kind: HTTPRoute, metadata: {name: r}, spec: {}}"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                JsonNode object = objects.get(i % objects.size());
                tasks.add(() -> validator.validate(object).size());
            }
            for (Future<Integer> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isZero();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(registry.compiledSchemaCount()).isEqualTo(3);
        validator.validate(objects.get(0));
        new SchemaValidator(registry, false).validate(objects.get(1));
        assertThat(registry.compiledSchemaCount()).isEqualTo(3);
    }

    private static String widgetSchema(String field) {
        return """
                {"type": "object", "properties": {"spec": {"type": "object", "properties": {"%s": {"type": "integer"}}}}}"""
                .formatted(field);
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
