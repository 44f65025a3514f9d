package dev.gitopslint.rules.values;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.rules.support.TestRepo;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValuesSchemaRuleTest {

    private static final String SCHEMA = """
            {
              "type": "object",
              "required": ["image", "queue"],
              "properties": {
                "image": {
                  "type": "object",
                  "required": ["repository"],
                  "properties": {"repository": {"type": "string"}, "tag": {"type": "string"}}
                },
                "queue": {"type": "string"},
                "replicaCount": {"type": "integer", "minimum": 1},
                "service": {"type": "object", "additionalProperties": false,
                            "properties": {"port": {"type": "integer"}}},
                "tolerations": {"type": "array", "items": {"properties": {
                  "effect": {"enum": ["NoSchedule", "NoExecute"]}}}}
              }
            }
            """;

    @TempDir
    Path dir;

    private TestRepo repo;

    @BeforeEach
    void layering() {
        repo = new TestRepo(dir).standardLayering("dev", "prod").file("values/globals.yaml", "queue: default\n")
                .file("charts/apps/api/Chart.yaml", "apiVersion: v2\nname: api\nversion: 1.0.0\n")
                .file("charts/apps/api/values.yaml", "image:\n  repository: ghcr.io/acme/api\n  tag: \"1.0\"\n")
                .file("charts/apps/api/templates/main.yaml", "{{ toYaml .Values }}\n");
    }

    private List<Finding> lint(String schema, String componentLayer) {
        repo.file("charts/apps/api/values.schema.json", schema)
                .file("values/components/apps/api.yaml", componentLayer);
        return repo.lint(new ValuesSchemaRule());
    }

    private static List<String> reported(List<Finding> findings) {
        return findings.stream().map(f -> f.location().file() + ":" + f.location().line()).toList();
    }

    @Test
    void aWrongTypeIsReportedOnTheLineThatSetItWithTheSchemaRuleAsRelated() {
        List<Finding> findings = lint(SCHEMA, "image:\n  tag: \"1.1\"\nreplicaCount: \"3\"\n");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.environments()).isEqualTo("dev,prod");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().file()).isEqualTo("values/components/apps/api.yaml");
            assertThat(f.location().line()).isEqualTo(3);
            assertThat(f.message()).isEqualTo("`replicaCount`: string found, integer expected (values.schema.json "
                    + "of chart api): Helm refuses to render these values; change the value to match the schema");
            assertThat(f.related()).singleElement().satisfies(r -> {
                assertThat(r.position().file()).isEqualTo("charts/apps/api/values.schema.json");
                assertThat(r.position().line()).isEqualTo(11);
            });
        });
    }

    @Test
    void aMissingPropertyPointsAtTheMapThatLacksItOrTheChartValues() {
        repo.file("values/globals.yaml", "logLevel: info\n").file("values/env/dev/apps/api.yaml", "queue: jobs\n")
                .file("values/env/prod/apps/api.yaml", "# no queue here\nimage:\n  repository: null\n");
        List<Finding> findings = lint(SCHEMA, "replicaCount: 2\n");
        assertThat(findings).extracting(f -> f.location().toString(), Finding::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("charts/apps/api/values.yaml",
                        "the values lack the required property `queue` (values.schema.json of chart api): Helm "
                                + "refuses to render these values; set it in a values layer"),
                org.assertj.core.groups.Tuple.tuple("values/env/prod/apps/api.yaml:2:1",
                        "`image` lacks the required property `repository` (values.schema.json of chart api): Helm "
                                + "refuses to render these values; set it in a values layer"));
    }

    @Test
    void aNullWithoutChartDefaultStaysNullAsInHelm() {
        repo.file("values/env/dev/apps/api.yaml", "queue: null\n");
        assertThat(lint(SCHEMA, "replicaCount: 2\n")).extracting(Finding::message).containsExactly(
                "`queue`: null found, string expected (values.schema.json of chart api): Helm refuses to render "
                        + "these values; change the value to match the schema");
    }

    @Test
    void aForbiddenKeyAndABadListItemArePointedAtExactly() {
        List<Finding> findings = lint(SCHEMA, """
                service:
                  port: 80
                  protocol: TCP
                tolerations:
                  - key: a
                    effect: NoSchedule
                  - key: b
                    effect: NoScheduled
                """);
        assertThat(reported(findings)).containsExactly("values/components/apps/api.yaml:3",
                "values/components/apps/api.yaml:8");
        assertThat(findings.get(0).message()).startsWith("`service.protocol` is not allowed");
        assertThat(findings.get(1).message()).startsWith("`tolerations[1].effect`: does not have a value in the "
                + "enumeration");
    }

    @Test
    void theDraftComesFromDollarSchemaAndDefaultsToDraft07() {
        String draft4 = """
                {"$schema": "http://json-schema.org/draft-04/schema#",
                 "properties": {"replicaCount": {"type": "integer", "minimum": 1, "exclusiveMinimum": true}}}
                """;
        assertThat(reported(lint(draft4, "replicaCount: 1\n"))).containsExactly("values/components/apps/api.yaml:1");
        String draft2020 = """
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "properties": {"mode": {"$ref": "#/$defs/mode"}},
                 "$defs": {"mode": {"enum": ["standalone", "cluster"]}}}
                """;
        assertThat(reported(lint(draft2020, "mode: sentinel\n"))).containsExactly("values/components/apps/api.yaml:1");
        String noDraft = """
                {"properties": {"replicaCount": {"type": "integer", "exclusiveMinimum": 1}}}
                """;
        assertThat(reported(lint(noDraft, "replicaCount: 1\n"))).containsExactly("values/components/apps/api.yaml:1");
    }

    @Test
    void aSchemaWithARemoteRefIsNotEvaluatedAndNothingIsFetched() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"type\": \"integer\"}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/count.json";
            String schema = "{\"properties\": {\"replicaCount\": {\"$ref\": \"" + url + "\"},"
                    + " \"queue\": {\"type\": \"integer\"}}}";
            assertThat(lint(schema, "replicaCount: many\n")).isEmpty();
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aSchemaThatIsNotJsonIsReportedOnTheBrokenLine() {
        String broken = "{\n  \"type\": \"object\",\n  \"properties\": {\n    # no comments in JSON\n  }\n}\n";
        assertThat(lint(broken, "replicaCount: 2\n")).singleElement().satisfies(f -> {
            assertThat(f.location().toString()).isEqualTo("charts/apps/api/values.schema.json:4:5");
            assertThat(f.message()).startsWith("values.schema.json of chart api is not valid JSON (Unexpected "
                    + "character ('#'");
        });
    }

    @Test
    void validValuesAnEmptySchemaAndABlankSchemaFileAreFine() {
        assertThat(lint(SCHEMA, "replicaCount: 2\nservice:\n  port: 8080\n")).isEmpty();
        assertThat(lint("{}", "replicaCount: many\n")).isEmpty();
        assertThat(lint("  \n", "replicaCount: many\n")).isEmpty();
    }
}
