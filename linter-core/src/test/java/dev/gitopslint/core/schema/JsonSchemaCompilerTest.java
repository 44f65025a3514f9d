package dev.gitopslint.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A schema that points at a server never makes the validator contact it. */
class JsonSchemaCompilerTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"type\": \"string\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void remoteReferencesAreNeverFetched() {
        JsonSchemaCompiler compiler = new JsonSchemaCompiler(Map.of(JsonSchemaCompiler.BASE + "kubernetes/test.json", () -> "{\"$defs\": {}}"));
        Throwable refused = catchThrowable(() -> compiler.compile(JsonSchemaCompiler.BASE + "kinds/1.json",
                MAPPER.readTree("{\"properties\": {\"a\": {\"$ref\": \"" + base + "/schema.json\"}}}"))
                .validate(MAPPER.readTree("{\"a\": 1}")));
        assertThat(refused).isNotNull();
        assertThat(requests).hasValue(0);
    }

    @Test
    void remoteMetaSchemasAreNeverFetched() {
        JsonSchemaCompiler compiler = new JsonSchemaCompiler(Map.of(JsonSchemaCompiler.BASE + "kubernetes/test.json", () -> "{\"$defs\": {}}"));
        catchThrowable(() -> compiler.compile(JsonSchemaCompiler.BASE + "kinds/2.json",
                MAPPER.readTree("{\"$schema\": \"" + base + "/meta\", \"type\": \"object\"}")));
        assertThat(requests).hasValue(0);
    }

    @Test
    void builtInDocumentsAreServedFromMemoryAndMadeOnlyWhenReferred() {
        AtomicInteger made = new AtomicInteger();
        JsonSchemaCompiler compiler = new JsonSchemaCompiler(Map.of(
                JsonSchemaCompiler.BASE + "kubernetes/test.json", () -> {
                    made.incrementAndGet();
                    return "{\"$defs\": {\"Name\": {\"type\": \"string\"}}}";
                },
                JsonSchemaCompiler.BASE + "kubernetes/unused.json", () -> {
                    throw new AssertionError("a document nothing refers to is never made");
                }));
        assertThat(compiler.compile(JsonSchemaCompiler.BASE + "kinds/3.json",
                MAPPER.readTree("{\"$ref\": \"" + JsonSchemaCompiler.BASE + "kubernetes/test.json#/$defs/Name\"}"))
                .validate(MAPPER.readTree("1"))).hasSize(1);
        assertThat(made).hasValue(1);
    }
}
