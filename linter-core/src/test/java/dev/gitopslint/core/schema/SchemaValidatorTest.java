package dev.gitopslint.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {

    /** One registry for the whole class: building it parses the bundled schemas once. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.builder().build();
    private static final SchemaValidator STRICT = new SchemaValidator(REGISTRY);
    private static final SchemaValidator LENIENT = new SchemaValidator(REGISTRY, false);

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: %s
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                  - name: web
                    image: nginx:1.27
                    resources:
                      requests: {cpu: %s, memory: 128Mi}
            """;

    @Test
    void aValidDeploymentHasNoViolations() {
        assertThat(STRICT.validate(YamlTrees.one(DEPLOYMENT.formatted("3", "100m")))).isEmpty();
    }

    @Test
    void aStringWhereAnIntegerBelongsIsInvalid() {
        assertThat(STRICT.validate(YamlTrees.one(DEPLOYMENT.formatted("\"3\"", "100m")))).containsExactly(
                new Violation("/spec/replicas", Violation.Kind.INVALID, "`spec.replicas`: expected integer, got string \"3\""));
    }

    @Test
    void quantitiesFollowTheKubernetesGrammar() {
        for (String good : List.of("100m", "1", "0.5", "1.5Gi", "2e3", "\"+1k\"", "1E", "500u")) {
            assertThat(STRICT.validate(YamlTrees.one(DEPLOYMENT.formatted("1", good)))).as(good).isEmpty();
        }
        for (String bad : List.of("lots", "1.5gi", "100 m", "1K", "\"\"", "1e")) {
            assertThat(STRICT.validate(YamlTrees.one(DEPLOYMENT.formatted("1", bad)))).as(bad)
                    .singleElement()
                    .satisfies(v -> {
                        assertThat(v.kind()).isEqualTo(Violation.Kind.INVALID);
                        assertThat(v.jsonPointer()).isEqualTo("/spec/template/spec/containers/0/resources/requests/cpu");
                        assertThat(v.message()).startsWith("`spec.template.spec.containers[0].resources.requests.cpu`: "
                                + "expected a quantity such as 100m, 1.5Gi or 2, got string");
                    });
        }
    }

    @Test
    void intOrStringAcceptsNamesAndNumbersOnly() {
        String service = """
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  selector: {app: web}
                  ports:
                  - {name: http, port: 80, targetPort: http}
                  - {name: alt, port: 8080, targetPort: 8080}
                  - {name: bad, port: 9090, targetPort: %s}
                """;
        assertThat(STRICT.validate(YamlTrees.one(service.formatted("metrics")))).isEmpty();
        assertThat(STRICT.validate(YamlTrees.one(service.formatted("true")))).containsExactly(new Violation(
                "/spec/ports/2/targetPort", Violation.Kind.INVALID,
                "`spec.ports[2].targetPort`: expected integer or string, got boolean true"));
    }

    @Test
    void anUndeclaredFieldIsUnknownInStrictModeOnly() {
        String configMap = """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings, labels: {team: a}}
                data: {key: value}
                spec: {oops: true}
                """;
        assertThat(STRICT.validate(YamlTrees.one(configMap))).containsExactly(new Violation("/spec",
                Violation.Kind.UNKNOWN_FIELD, "`spec`: field not declared in the schema of ConfigMap v1"));
        assertThat(LENIENT.validate(YamlTrees.one(configMap))).isEmpty();
    }

    @Test
    void nonStrictModeStillReportsOtherViolations() {
        String pod = """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                  - {name: c, image: busybox, imagePullPolicy: Always, restartCount: 1, tty: "yes"}
                """;
        assertThat(STRICT.validate(YamlTrees.one(pod))).extracting(Violation::kind)
                .containsExactly(Violation.Kind.UNKNOWN_FIELD, Violation.Kind.INVALID);
        assertThat(LENIENT.validate(YamlTrees.one(pod))).containsExactly(new Violation("/spec/containers/0/tty",
                Violation.Kind.INVALID, "`spec.containers[0].tty`: expected boolean, got string \"yes\""));
    }

    @Test
    void nullIsDroppedForOptionalFieldsAndRejectedForRequiredOnes() {
        String pod = """
                apiVersion: v1
                kind: Pod
                metadata: {name: p, labels: null, creationTimestamp: null}
                spec:
                  nodeSelector: null
                  containers:
                  - name: %s
                    image: busybox
                    args: null
                """;
        assertThat(STRICT.validate(YamlTrees.one(pod.formatted("c")))).isEmpty();
        assertThat(STRICT.validate(YamlTrees.one(pod.formatted("null")))).containsExactly(new Violation(
                "/spec/containers/0/name", Violation.Kind.INVALID,
                "`spec.containers[0].name`: expected string, got null (Kubernetes drops a null value, and this field is required)"));
    }

    @Test
    void aNullListItemIsInvalid() {
        String pod = """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                  - {name: c, image: busybox, args: [run, null]}
                """;
        assertThat(STRICT.validate(YamlTrees.one(pod))).containsExactly(new Violation("/spec/containers/0/args/1",
                Violation.Kind.INVALID, "`spec.containers[0].args[1]`: expected string, got null"));
    }

    @Test
    void anUnknownFieldWithANullValueIsStillUnknown() {
        String configMap = "{apiVersion: v1, kind: ConfigMap, metadata: {name: c}, extra: null}";
        assertThat(STRICT.validate(YamlTrees.one(configMap))).extracting(Violation::jsonPointer, Violation::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/extra", Violation.Kind.UNKNOWN_FIELD));
    }

    @Test
    void generateNameReplacesName() {
        String job = """
                apiVersion: batch/v1
                kind: Job
                metadata: {generateName: migrate-}
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      containers: [{name: m, image: busybox}]
                """;
        assertThat(STRICT.validate(YamlTrees.one(job))).isEmpty();
        assertThat(STRICT.validate(YamlTrees.one(job.replace("generateName: migrate-", "labels: {a: b}"))))
                .containsExactly(new Violation("/metadata/name", Violation.Kind.MALFORMED,
                        "`metadata.name` is missing (set metadata.name or metadata.generateName)"));
    }

    @Test
    void missingIdentityIsMalformed() {
        assertThat(STRICT.validate(YamlTrees.one("{apiVersion: v1, metadata: {name: x}, data: {a: b}}")))
                .containsExactly(new Violation("/kind", Violation.Kind.MALFORMED, "`kind` is missing"));
        assertThat(STRICT.validate(YamlTrees.one("{kind: ConfigMap, metadata: {name: x}}")))
                .containsExactly(new Violation("/apiVersion", Violation.Kind.MALFORMED, "`apiVersion` is missing"));
        assertThat(STRICT.validate(YamlTrees.one("{apiVersion: 1, kind: ConfigMap, metadata: {name: x}}")))
                .containsExactly(new Violation("/apiVersion", Violation.Kind.MALFORMED,
                        "`apiVersion` must be a non-empty string, got integer 1"));
        assertThat(STRICT.validate(YamlTrees.one("{apiVersion: v1, kind: ConfigMap}")))
                .containsExactly(new Violation("/metadata", Violation.Kind.MALFORMED,
                        "`metadata.name` is missing (set metadata.name or metadata.generateName)"));
        assertThat(STRICT.validate(YamlTrees.one("[a, b]"))).containsExactly(
                new Violation("", Violation.Kind.MALFORMED, "a Kubernetes object must be a mapping, got array"));
        assertThat(STRICT.validate(YamlTrees.one("just text"))).containsExactly(
                new Violation("", Violation.Kind.MALFORMED, "a Kubernetes object must be a mapping, got string"));
    }

    @Test
    void aListIsValidatedItemByItem() {
        String list = """
                apiVersion: v1
                kind: List
                items:
                - {apiVersion: v1, kind: ConfigMap, metadata: {name: a}, data: {k: v}}
                - {apiVersion: v1, kind: Service, metadata: {name: b}, spec: {ports: [{port: "80"}]}}
                - {apiVersion: v1, kind: ConfigMap, data: {k: v}}
                """;
        assertThat(STRICT.validate(YamlTrees.one(list))).containsExactly(
                new Violation("/items/1/spec/ports/0/port", Violation.Kind.INVALID,
                        "`spec.ports[0].port`: expected integer, got string \"80\""),
                new Violation("/items/2/metadata", Violation.Kind.MALFORMED,
                        "`metadata.name` is missing (set metadata.name or metadata.generateName)"));
        assertThat(KubernetesLists.items(YamlTrees.one(list))).extracting(KubernetesLists.Item::pointer)
                .containsExactly("/items/0", "/items/1", "/items/2");
    }

    @Test
    void anUnknownKindIsReportedAtTheKindField() {
        assertThat(STRICT.validate(YamlTrees.one("{apiVersion: example.com/v1, kind: Widget, metadata: {name: w}}")))
                .containsExactly(new Violation("/kind", Violation.Kind.UNKNOWN_KIND,
                        "no schema for Widget example.com/v1: not a built-in kind of Kubernetes 1.35, and no CRD in"
                                + " the repository, schema location or the bundled catalog defines it"));
    }

    @Test
    void aRemovedApiVersionIsLeftToTheLifecycleCheck() {
        String ingress = """
                apiVersion: extensions/v1beta1
                kind: Ingress
                metadata: {name: old}
                spec: {backend: {serviceName: web, servicePort: 80}}
                """;
        assertThat(STRICT.validate(YamlTrees.one(ingress))).isEmpty();
        ApiStatus status = ApiLifecycle.bundled().status("extensions/v1beta1", "Ingress", REGISTRY.kubernetesVersion());
        assertThat(status.isRemoved()).isTrue();
        assertThat(status.message()).isEqualTo(
                "extensions/v1beta1 Ingress is not served by Kubernetes 1.35 (removed in 1.22); use networking.k8s.io/v1");
    }

    @Test
    void secretDataMustBeBase64() {
        String secret = "{apiVersion: v1, kind: Secret, metadata: {name: s}, data: {good: aGVsbG8=, bad: hello}}";
        assertThat(STRICT.validate(YamlTrees.one(secret))).containsExactly(new Violation("/data/bad",
                Violation.Kind.INVALID, "`data.bad`: expected base64-encoded data, got string \"hello\""));
    }

    @Test
    void int32FieldsRejectOutOfRangeNumbers() {
        String service = "{apiVersion: v1, kind: Service, metadata: {name: s}, spec: {ports: [{port: 4294967296}]}}";
        assertThat(STRICT.validate(YamlTrees.one(service))).containsExactly(new Violation("/spec/ports/0/port",
                Violation.Kind.INVALID, "`spec.ports[0].port`: expected a 32-bit integer, got integer 4294967296"));
    }

    @Test
    void freeFormBuiltInFieldsAcceptAnything() {
        String crd = """
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
                        x-kubernetes-preserve-unknown-fields: true
                        properties:
                          spec: {type: object, default: {anything: [1, 2]}}
                """;
        assertThat(STRICT.validate(YamlTrees.one(crd))).isEmpty();
    }

    @Test
    void annotationKeysWithDotsAndSlashesAreQuotedInMessages() {
        String pod = """
                apiVersion: v1
                kind: Pod
                metadata: {name: p, annotations: {example.com/size: 3}}
                spec: {containers: [{name: c, image: busybox}]}
                """;
        assertThat(STRICT.validate(YamlTrees.one(pod))).containsExactly(new Violation(
                "/metadata/annotations/example.com~1size", Violation.Kind.INVALID,
                "`metadata.annotations[\"example.com/size\"]`: expected string, got integer 3"));
    }
}
