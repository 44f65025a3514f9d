package dev.gitopslint.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The schema failures of the outage reports, against the real Gateway API and Envoy Gateway CRDs:
 * once with the CRDs registered from the repository, once with only the bundled catalog.
 */
class SeedSchemaCasesTest {

    private static final String ENVOY_PATCH_POLICY = """
            apiVersion: gateway.envoyproxy.io/v1alpha1
            kind: EnvoyPatchPolicy
            metadata: {name: local-listener-patch, namespace: gateway}
            spec:
              type: JSONPatch
              targetRef:
                group: gateway.networking.k8s.io
                kind: Gateway
                name: cluster
                namespace: gateway
              jsonPatches:
              - type: type.googleapis.com/envoy.config.listener.v3.Listener
                name: gateway/cluster/http
                operation: {op: add, path: /per_connection_buffer_limit_bytes, value: 32768}
            """;

    private static final String GATEWAY = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: cluster, namespace: gateway}
            spec:
              gatewayClassName: envoy
              infrastructure:
                parametersRef:
                  group: gateway.envoyproxy.io
                  kind: EnvoyProxy
                  name: cluster-proxy
                  namespace: envoy-gateway-system
              listeners:
              - {name: http, port: 80, protocol: HTTP}
            """;

    /** {@code group: ""} written without quotes renders as YAML null. */
    private static final String REFERENCE_GRANT = """
            apiVersion: gateway.networking.k8s.io/v1beta1
            kind: ReferenceGrant
            metadata: {name: allow-routes, namespace: backend}
            spec:
              from:
              - group:
                kind: HTTPRoute
                namespace: gateway
              to:
              - group: ""
                kind: Service
            """;

    @Test
    void repositoryCrdsCatchTheSeedFailures() {
        SchemaRegistry registry = SchemaRegistry.builder().bundledCatalog(false).build();
        for (String crd : new String[] {"crds/gateway.envoyproxy.io_envoypatchpolicies.yaml",
                "crds/gateway.networking.k8s.io_gateways.yaml", "crds/gateway.networking.k8s.io_referencegrants.yaml"}) {
            assertThat(registry.addCustomResourceDefinition(YamlTrees.resource(crd), crd).problems()).isEmpty();
        }
        assertSeedFailures(new SchemaValidator(registry));
        assertThat(registry.find(GroupVersionKind.of("gateway.networking.k8s.io/v1", "Gateway")).orElseThrow().source())
                .isEqualTo(SchemaSource.REPOSITORY_CRD);
    }

    @Test
    void theBundledCatalogCatchesThemWithoutCrdsInTheRepository() {
        SchemaRegistry registry = SchemaRegistry.builder().build();
        assertSeedFailures(new SchemaValidator(registry));
        assertThat(registry.find(GroupVersionKind.of("gateway.networking.k8s.io/v1", "Gateway")).orElseThrow().source())
                .isEqualTo(SchemaSource.CRD_CATALOG);
    }

    @Test
    void theFixedManifestsAreValid() {
        SchemaValidator validator = new SchemaValidator(SchemaRegistry.builder().build());
        assertThat(validator.validate(YamlTrees.one(ENVOY_PATCH_POLICY.replace("    namespace: gateway\n", "")))).isEmpty();
        assertThat(validator.validate(YamlTrees.one(GATEWAY.replace("      namespace: envoy-gateway-system\n", "")))).isEmpty();
        assertThat(validator.validate(YamlTrees.one(REFERENCE_GRANT.replace("- group:\n", "- group: \"\"\n")))).isEmpty();
    }

    private static void assertSeedFailures(SchemaValidator validator) {
        assertThat(validator.validate(YamlTrees.one(ENVOY_PATCH_POLICY))).containsExactly(new Violation(
                "/spec/targetRef/namespace", Violation.Kind.UNKNOWN_FIELD,
                "`spec.targetRef.namespace`: field not declared in the schema of EnvoyPatchPolicy gateway.envoyproxy.io/v1alpha1"));
        assertThat(validator.validate(YamlTrees.one(GATEWAY))).containsExactly(new Violation(
                "/spec/infrastructure/parametersRef/namespace", Violation.Kind.UNKNOWN_FIELD,
                "`spec.infrastructure.parametersRef.namespace`: field not declared in the schema of Gateway gateway.networking.k8s.io/v1"));
        assertThat(validator.validate(YamlTrees.one(REFERENCE_GRANT))).containsExactly(new Violation(
                "/spec/from/0/group", Violation.Kind.INVALID,
                "`spec.from[0].group`: expected string, got null (Kubernetes drops a null value, and this field is required)"));
    }
}
