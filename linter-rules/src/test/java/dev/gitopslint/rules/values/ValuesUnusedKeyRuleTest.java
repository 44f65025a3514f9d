package dev.gitopslint.rules.values;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.rules.support.TestRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValuesUnusedKeyRuleTest {

    @TempDir
    Path dir;

    private TestRepo repo;

    @BeforeEach
    void layering() {
        repo = new TestRepo(dir).standardLayering("dev", "prod");
    }

    private TestRepo chart(String name, String values, String template) {
        return repo.file("charts/apps/" + name + "/Chart.yaml", "apiVersion: v2\nname: " + name + "\nversion: 1.0.0\n")
                .file("charts/apps/" + name + "/values.yaml", values)
                .file("charts/apps/" + name + "/templates/main.yaml", template);
    }

    private List<Finding> lint() {
        return repo.lint(new ValuesUnusedKeyRule());
    }

    private static List<String> reported(List<Finding> findings) {
        return findings.stream().map(f -> f.location().file() + ":" + f.location().line()).toList();
    }

    @Test
    void aKeyAtTheWrongPathIsOneWarningForAllEnvironmentsWithTheKeyTheChartReads() {
        chart("nginx", """
                controller:
                  replicaCount: 1
                  tolerations: []
                """, "replicas: {{ .Values.controller.replicaCount }}\n{{ toYaml .Values.controller.tolerations }}\n");
        repo.file("values/components/apps/nginx.yaml", """
                tolerations:
                  - key: dedicated
                    operator: Exists
                """);
        assertThat(lint()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().file()).isEqualTo("values/components/apps/nginx.yaml");
            assertThat(f.location().line()).isEqualTo(1);
            assertThat(f.message()).isEqualTo("chart nginx never reads `tolerations` (not in its values.yaml, "
                    + "templates or values.schema.json): Helm ignores it. Did you mean `controller.tolerations`? "
                    + "Move the setting there, or delete this line");
            assertThat(f.related()).singleElement().satisfies(r -> {
                assertThat(r.position().file()).isEqualTo("charts/apps/nginx/values.yaml");
                assertThat(r.position().line()).isEqualTo(3);
            });
            assertThat(f.environments()).isEqualTo("dev,prod");
        });
    }

    @Test
    void aMisspeltKeySuggestsItsNearSibling() {
        chart("api", "replicaCount: 1\nimage: ghcr.io/acme/api:1.0.0\n", "{{ .Values.replicaCount }}{{ .Values.image }}\n");
        repo.file("values/components/apps/api.yaml", "image: ghcr.io/acme/api:1.1.0\n")
                .file("values/env/prod/apps/api.yaml", "replicaCont: 3\nreplicaCount: 2\n");
        assertThat(lint()).singleElement().satisfies(f -> {
            assertThat(f.location().file()).isEqualTo("values/env/prod/apps/api.yaml");
            assertThat(f.message()).contains("`replicaCont`").contains("Did you mean `replicaCount`?");
        });
    }

    @Test
    void aTemplateReferenceReadsEverythingBelowIt() {
        chart("api", "image: ghcr.io/acme/api:1.0.0\n", """
                {{- with .Values.resources }}{{ toYaml . }}{{ end }}
                {{- range $k, $v := $.Values.env.extra }}{{ $k }}={{ $v }}{{ end }}
                {{- if index .Values "feature-flags" "beta" }}beta{{ end }}
                {{- include "x" (dict "ctx" .) }}{{ .ctx.Values.probes.liveness }}
                """);
        repo.file("values/components/apps/api.yaml", """
                resources:
                  limits:
                    cpu: "1"
                env:
                  extra:
                    LOG: debug
                  other: 1
                feature-flags:
                  beta: true
                  gamma: true
                probes:
                  liveness:
                    path: /healthz
                  readiness:
                    path: /ready
                """);
        assertThat(reported(lint())).containsExactly("values/components/apps/api.yaml:7",
                "values/components/apps/api.yaml:10", "values/components/apps/api.yaml:14");
    }

    @Test
    void valuesHandedOverWholeOrFilesRenderedWithTplMakeTheChartReadAnything() {
        chart("worker", "image: ghcr.io/acme/worker:1.0.0\n", "{{ include \"worker.config\" .Values }}\n");
        chart("indexer", "image: ghcr.io/acme/indexer:1.0.0\n", "{{ index .Values $.Values.key }}\n");
        chart("files", "image: ghcr.io/acme/files:1.0.0\n",
                "{{ tpl (.Files.Get \"config.tpl\") . }}{{ .Values.image }}\n");
        for (String name : List.of("worker", "indexer", "files")) {
            repo.file("values/components/apps/" + name + ".yaml", "anything: 1\nnested:\n  deeper: true\n");
        }
        assertThat(lint()).isEmpty();
    }

    @Test
    void keysReferencedByValueStringsRenderedWithTplAreRead() {
        chart("web", "configTemplate: \"\"\n", "{{ tpl .Values.configTemplate . }}\n");
        repo.file("values/components/apps/web.yaml", """
                endpoint: https://api.example.com
                unused: true
                configTemplate: |
                  upstream: {{ .Values.endpoint }}
                """);
        assertThat(reported(lint())).containsExactly("values/components/apps/web.yaml:2");
    }

    @Test
    void subchartsAreReadUnderTheirNameOrAliasWithConditionsAndTags() {
        repo.file("charts/apps/shop/Chart.yaml", """
                apiVersion: v2
                name: shop
                version: 1.0.0
                dependencies:
                  - name: redis
                    version: 1.0.0
                    repository: https://charts.example.com
                    alias: cache
                    condition: cache.enabled
                    tags: [storage]
                  - name: common
                    version: 2.0.0
                    repository: file://../../lib/common
                """)
                .file("charts/apps/shop/values.yaml", "image: ghcr.io/acme/shop:1.0.0\n")
                .file("charts/apps/shop/templates/main.yaml", "{{ .Values.image }}{{ include \"common.labels\" . }}\n")
                .file("charts/apps/shop/charts/redis/Chart.yaml", "apiVersion: v2\nname: redis\nversion: 1.0.0\n")
                .file("charts/apps/shop/charts/redis/values.yaml", "maxmemory: 100mb\n")
                .file("charts/apps/shop/charts/redis/templates/sts.yaml", "{{ .Values.maxmemory }}{{ .Values.auth.password }}\n")
                .file("charts/apps/shop/charts/metrics/Chart.yaml", "apiVersion: v2\nname: metrics\nversion: 1.0.0\n")
                .file("charts/apps/shop/charts/metrics/values.yaml", "port: 9121\n")
                .file("charts/lib/common/Chart.yaml", "apiVersion: v2\nname: common\nversion: 2.0.0\ntype: library\n")
                .file("charts/lib/common/templates/_labels.tpl",
                        "{{- define \"common.labels\" -}}team: {{ .Values.team }}{{- end -}}\n");
        repo.file("values/components/apps/shop.yaml", """
                team: payments
                tags:
                  storage: true
                cache:
                  enabled: true
                  maxmemory: 1gb
                  auth:
                    password: from-vault
                  maxmemroy: 2gb
                redis:
                  maxmemory: 1gb
                metrics:
                  port: 9122
                  path: /metrics
                """);
        List<Finding> findings = lint();
        assertThat(reported(findings)).containsExactly("values/components/apps/shop.yaml:9",
                "values/components/apps/shop.yaml:10", "values/components/apps/shop.yaml:14");
        assertThat(findings.get(0).message()).contains("`cache.maxmemroy`").contains("Did you mean `cache.maxmemory`?");
    }

    @Test
    void chartsWithDependenciesThatCannotBeInspectedAreLeftAlone() {
        repo.file("charts/apps/packaged/Chart.yaml", "apiVersion: v2\nname: packaged\nversion: 1.0.0\n")
                .file("charts/apps/packaged/values.yaml", "image: ghcr.io/acme/p:1.0.0\n")
                .file("charts/apps/packaged/charts/common-2.0.0.tgz", "not read\n")
                .file("charts/apps/remote/Chart.yaml", """
                        apiVersion: v2
                        name: remote
                        version: 1.0.0
                        dependencies:
                          - name: postgresql
                            version: 15.x
                            repository: oci://registry-1.docker.io/bitnamicharts
                        """)
                .file("charts/apps/remote/values.yaml", "image: ghcr.io/acme/r:1.0.0\n");
        repo.file("values/components/apps/packaged.yaml", "anything: 1\n")
                .file("values/components/apps/remote.yaml", "anything: 1\n");
        assertThat(lint()).isEmpty();
    }

    @Test
    void theSchemaDeclaresKeysAndLeavesForbiddenOnesToTheSchemaRule() {
        chart("api", "image: ghcr.io/acme/api:1.0.0\n", "{{ .Values.image }}\n");
        repo.file("charts/apps/api/values.schema.json", """
                {
                  "type": "object",
                  "properties": {
                    "labels": {"type": "object"},
                    "probes": {"$ref": "#/definitions/probes"},
                    "service": {"type": "object", "additionalProperties": false,
                                "properties": {"port": {"type": "integer"}}},
                    "extra": {"type": "object", "additionalProperties": {"type": "string"}}
                  },
                  "patternProperties": {"^x-": {"type": "string"}},
                  "definitions": {"probes": {"properties": {"liveness": {"type": "object"}}}}
                }
                """);
        repo.file("values/components/apps/api.yaml", """
                labels:
                  team: a
                probes:
                  liveness:
                    path: /healthz
                  startup:
                    path: /ready
                service:
                  port: 80
                  protocol: TCP
                extra:
                  anything: goes
                x-owner: payments
                y-owner: payments
                """);
        assertThat(reported(lint())).containsExactly("values/components/apps/api.yaml:6",
                "values/components/apps/api.yaml:14");
    }

    @Test
    void aGlobalsLayerFeedingASingleChartIsChecked() {
        chart("api", "image: ghcr.io/acme/api:1.0.0\n", "{{ .Values.image }}\n");
        repo.file("values/globals.yaml", "clusterName: test\n")
                .file("values/components/apps/api.yaml", "image: ghcr.io/acme/api:1.1.0\n");
        assertThat(reported(lint())).containsExactly("values/globals.yaml:1");
    }

    @Test
    void sharedLayersAndComponentsWithoutAChartAreNotChecked() {
        chart("api", "image: ghcr.io/acme/api:1.0.0\n", "{{ .Values.image }}\n");
        chart("web", "image: ghcr.io/acme/web:1.0.0\n", "{{ .Values.image }}\n");
        repo.file("values/globals.yaml", "clusterName: test\nlogFormat: json\n")
                .file("values/components/apps/api.yaml", "image: ghcr.io/acme/api:1.1.0\n")
                .file("values/components/apps/web.yaml", "image: ghcr.io/acme/web:1.1.0\n")
                .file("values/components/apps/batch.yaml", "schedule: daily\nwhatever: 1\n");
        assertThat(lint()).isEmpty();
    }
}
