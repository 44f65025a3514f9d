package dev.gitopslint.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How a CRD's structural schema is applied: pruning, preserve-unknown-fields, embedded resources, nulls. */
class CustomResourceSemanticsTest {

    private static final String CRD = """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata: {name: widgets.example.com}
            spec:
              group: example.com
              scope: Namespaced
              names: {kind: Widget, plural: widgets}
              versions:
              - name: v1
                served: true
                storage: true
                schema:
                  openAPIV3Schema:
                    type: object
                    properties:
                      spec:
                        type: object
                        required: [size, mode]
                        x-kubernetes-validations:
                        - rule: self.size > 0
                        properties:
                          size: {type: integer, exclusiveMinimum: true, minimum: 0}
                          mode: {type: string, enum: [fast, safe], default: safe}
                          note: {type: string, nullable: true}
                          owner: {type: string, nullable: true}
                          memory:
                            anyOf: [{type: integer}, {type: string}]
                            pattern: ^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$
                            x-kubernetes-int-or-string: true
                          marker: {type: object}
                          config: {type: object, x-kubernetes-preserve-unknown-fields: true, properties: {level: {type: integer}}}
                          template:
                            type: object
                            x-kubernetes-embedded-resource: true
                            x-kubernetes-preserve-unknown-fields: true
                          strictTemplate:
                            type: object
                            x-kubernetes-embedded-resource: true
                            properties:
                              spec: {type: object, properties: {replicas: {type: integer}}}
                          labels: {type: object, additionalProperties: {type: string}}
                          code: {type: string, maxLength: 3, pattern: "^(?P<word>[a-z]+)$"}
                          source:
                            type: object
                            properties: {git: {type: string}, oci: {type: string}}
                            oneOf: [{required: [git]}, {required: [oci]}]
                      status: {type: object, x-kubernetes-preserve-unknown-fields: true}
              - name: v0
                served: false
                storage: false
                schema:
                  openAPIV3Schema: {type: object}
            """;

    private static final String WIDGET = """
            apiVersion: example.com/v1
            kind: Widget
            metadata: {name: w, namespace: n}
            spec:
              size: 3
              mode: fast
            """;

    private static SchemaRegistry registry;
    private static SchemaValidator validator;

    @BeforeAll
    static void registerCrd() {
        registry = SchemaRegistry.builder().bundledCatalog(false).build();
        CrdRegistration registration = registry.addCustomResourceDefinition(YamlTrees.one(CRD), "crds/widgets.yaml");
        assertThat(registration.kinds()).containsExactly(GroupVersionKind.of("example.com/v1", "Widget"));
        validator = new SchemaValidator(registry);
    }

    @Test
    void aMinimalWidgetIsValidAndCelRulesAreNotEvaluated() {
        assertThat(validate(WIDGET)).isEmpty();
        assertThat(validate(WIDGET.replace("size: 3", "size: 0"))).extracting(Violation::message)
                .containsExactly("`spec.size`: expected a value > 0, got integer 0");
    }

    @Test
    void anUnservedVersionIsUnknown() {
        assertThat(validate(WIDGET.replace("example.com/v1", "example.com/v0"))).extracting(Violation::kind)
                .containsExactly(Violation.Kind.UNKNOWN_KIND);
    }

    @Test
    void nullableFieldsAcceptNullAndDefaultedRequiredFieldsToo() {
        assertThat(validate(WIDGET + "  note: null\n  owner: null\n  marker: null\n")).isEmpty();
        assertThat(validate(WIDGET.replace("mode: fast", "mode: null"))).isEmpty();
        assertThat(validate(WIDGET.replace("size: 3", "size: null"))).extracting(Violation::jsonPointer, Violation::kind)
                .containsExactly(tuple("/spec/size", Violation.Kind.INVALID));
        assertThat(validate(WIDGET.replace("mode: fast", "mode: slow"))).extracting(Violation::message)
                .containsExactly("`spec.mode`: expected one of \"fast\", \"safe\", got string \"slow\"");
    }

    @Test
    void aMissingRequiredFieldPointsAtTheField() {
        assertThat(validate(WIDGET.replace("  size: 3\n", ""))).containsExactly(
                new Violation("/spec/size", Violation.Kind.INVALID, "`spec.size`: required field is missing"));
    }

    @Test
    void anObjectWithoutPropertiesIsPrunedButPreserveKeepsEverything() {
        assertThat(validate(WIDGET + "  marker: {anything: 1}\n")).extracting(Violation::jsonPointer, Violation::kind)
                .containsExactly(tuple("/spec/marker/anything", Violation.Kind.UNKNOWN_FIELD));
        assertThat(validate(WIDGET + "  config: {level: 2, extra: {deep: true}}\n")).isEmpty();
        assertThat(validate(WIDGET + "  config: {level: high}\n")).extracting(Violation::jsonPointer)
                .containsExactly("/spec/config/level");
        assertThat(validate(WIDGET + "status: {anything: [1]}\n")).isEmpty();
    }

    @Test
    void controllerGenQuantitiesAreCheckedAsQuantities() {
        assertThat(validate(WIDGET + "  memory: 512Mi\n")).isEmpty();
        assertThat(validate(WIDGET + "  memory: 512\n")).isEmpty();
        assertThat(validate(WIDGET + "  memory: half\n")).extracting(Violation::message)
                .containsExactly("`spec.memory`: expected a quantity such as 100m, 1.5Gi or 2, got string \"half\"");
    }

    @Test
    void embeddedResourcesNeedApiVersionAndKindAndMayCarryMetadata() {
        assertThat(validate(WIDGET + "  template: {apiVersion: v1, kind: ConfigMap, metadata: {name: c, labels: {a: b}}, data: {x: y}}\n"))
                .isEmpty();
        assertThat(validate(WIDGET + "  template: {metadata: {name: c}}\n")).extracting(Violation::jsonPointer)
                .containsExactly("/spec/template/apiVersion", "/spec/template/kind");
        assertThat(validate(WIDGET + "  template: {apiVersion: v1, kind: ConfigMap, metadata: {name: c, colour: red}}\n"))
                .extracting(Violation::jsonPointer, Violation::kind)
                .containsExactly(tuple("/spec/template/metadata/colour", Violation.Kind.UNKNOWN_FIELD));
        assertThat(validate(WIDGET + "  strictTemplate: {apiVersion: apps/v1, kind: Deployment, spec: {replicas: 1, paused: true}}\n"))
                .extracting(Violation::jsonPointer, Violation::kind)
                .containsExactly(tuple("/spec/strictTemplate/spec/paused", Violation.Kind.UNKNOWN_FIELD));
    }

    @Test
    void theResourcesOwnMetadataIsObjectMeta() {
        assertThat(validate(WIDGET.replace("namespace: n", "namespace: n, labels: {a: b}, annotations: {x: y}"))).isEmpty();
        assertThat(validate(WIDGET.replace("namespace: n", "namespace: n, label: {a: b}"))).containsExactly(new Violation(
                "/metadata/label", Violation.Kind.UNKNOWN_FIELD, "`metadata.label`: field not declared in the schema of Widget example.com/v1"));
    }

    @Test
    void mapValuesFollowTheirSchema() {
        assertThat(validate(WIDGET + "  labels: {a: b, c: null}\n")).isEmpty();
        assertThat(validate(WIDGET + "  labels: {a: 1}\n")).extracting(Violation::message)
                .containsExactly("`spec.labels.a`: expected string, got integer 1");
    }

    @Test
    void aNullOptionalFieldSkipsItsCombinedConstraints() {
        assertThat(validate(WIDGET + "  source: null\n")).isEmpty();
        assertThat(validate(WIDGET + "  source: {git: https://example.com/repo.git}\n")).isEmpty();
        assertThat(validate(WIDGET + "  source: {}\n")).containsExactly(new Violation("/spec/source",
                Violation.Kind.INVALID, "`spec.source`: set exactly one of git, oci (none is set)"));
        assertThat(validate(WIDGET + "  source: {git: a, oci: b}\n")).containsExactly(new Violation("/spec/source",
                Violation.Kind.INVALID, "`spec.source`: set exactly one of git, oci (2 are set)"));
    }

    @Test
    void aPatternOnlyGoCanReadIsSkippedAndTheRestOfTheSchemaStillApplies() {
        assertThat(validate(WIDGET + "  code: ABC\n")).isEmpty();
        assertThat(validate(WIDGET + "  code: abcd\n")).extracting(Violation::message)
                .containsExactly("`spec.code`: expected at most 3 characters, got 4 characters");
        assertThat(registry.problems()).isEmpty();
    }

    @Test
    void theOlderCrdFormWithOneSharedSchemaIsRead() {
        SchemaRegistry older = SchemaRegistry.builder().bundledCatalog(false).build();
        CrdRegistration registration = older.addCustomResourceDefinition(YamlTrees.one("""
                apiVersion: apiextensions.k8s.io/v1beta1
                kind: CustomResourceDefinition
                metadata: {name: gadgets.example.com}
                spec:
                  group: example.com
                  version: v1alpha1
                  names: {kind: Gadget, plural: gadgets}
                  validation:
                    openAPIV3Schema:
                      type: object
                      properties:
                        spec: {type: object, properties: {size: {type: integer}}}
                """), "gadgets.yaml");
        assertThat(registration.kinds()).containsExactly(GroupVersionKind.of("example.com/v1alpha1", "Gadget"));
        assertThat(new SchemaValidator(older).validate(YamlTrees.one(
                "{apiVersion: example.com/v1alpha1, kind: Gadget, metadata: {name: g}, spec: {size: big}}")))
                .extracting(Violation::jsonPointer).containsExactly("/spec/size");
    }

    private static List<Violation> validate(String yaml) {
        return validator.validate(YamlTrees.one(yaml));
    }
}
