package dev.gitopslint.core.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Registries that fail: nothing listening, listening but silent, answering too slowly or too much,
 * redirecting. Each ends in a clear error within the configured timeout. Servers are real sockets on
 * loopback (the JDK's HTTP server where an HTTP answer is needed).
 */
class RegistryFailureTest {

    private static final Duration CONNECT = Duration.ofSeconds(1);
    private static final Duration REQUEST = Duration.ofSeconds(1);

    private final List<AutoCloseable> servers = new CopyOnWriteArrayList<>();
    private final AtomicBoolean finished = new AtomicBoolean();

    @AfterEach
    void stopServers() throws Exception {
        finished.set(true);
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    private static RegistryClient client() {
        return new RegistryClient(RegistryOptions.defaults().withTimeouts(CONNECT, REQUEST));
    }

    private HttpServer httpServer() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        servers.add(() -> server.stop(0));
        return server;
    }

    @Test
    void closedPortFailsFastWithAClearError() throws IOException {
        int port = LocalRegistry.freePort();
        RegistryClient patient = new RegistryClient(RegistryOptions.defaults()
                .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(10)));
        long start = System.nanoTime();
        assertThatThrownBy(() -> patient.resolve(ImageReference.parse("127.0.0.1:" + port + "/team/app:1")))
                .isInstanceOf(RegistryException.class)
                .hasMessageStartingWith("cannot connect to http://127.0.0.1:" + port)
                .extracting(e -> ((RegistryException) e).reason()).isEqualTo(RegistryException.Reason.UNREACHABLE);
        // Refused at once: no waiting for either timeout.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void portThatAcceptsButNeverAnswersTimesOut() throws IOException {
        // The kernel completes the handshake into the backlog; nobody ever reads or answers.
        ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        servers.add(silent);
        long start = System.nanoTime();
        assertThatThrownBy(() -> client().resolve(ImageReference.parse("127.0.0.1:" + silent.getLocalPort()
                + "/team/app:1")))
                .isInstanceOf(RegistryException.class)
                .hasMessage("http://127.0.0.1:" + silent.getLocalPort() + " did not answer within 1 s")
                .extracting(e -> ((RegistryException) e).reason()).isEqualTo(RegistryException.Reason.TIMEOUT);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertThat(elapsed).isGreaterThanOrEqualTo(REQUEST.minusMillis(50)).isLessThan(REQUEST.multipliedBy(3));
    }

    @Test
    void bodyThatTricklesForeverIsCutAtTheRequestTimeout() throws IOException {
        HttpServer server = httpServer();
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", MediaTypes.OCI_MANIFEST);
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                for (int i = 0; i < 600 && !finished.get(); i++) {
                    body.write(' ');
                    body.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException clientWentAway) {
                // expected: the client gives up at its deadline
            }
        });
        server.start();
        long start = System.nanoTime();
        assertThatThrownBy(() -> client().resolve(ImageReference.parse("127.0.0.1:" + server.getAddress().getPort()
                + "/team/app:1")))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("did not answer within 1 s")
                .extracting(e -> ((RegistryException) e).reason()).isEqualTo(RegistryException.Reason.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(REQUEST.multipliedBy(3));
    }

    @Test
    void oversizedManifestIsRefused() throws IOException {
        HttpServer server = httpServer();
        server.createContext("/", exchange -> {
            byte[] big = new byte[64 * 1024];
            exchange.sendResponseHeaders(200, big.length);
            exchange.getResponseBody().write(big);
            exchange.close();
        });
        server.start();
        RegistryClient small = new RegistryClient(RegistryOptions.defaults().withTimeouts(CONNECT, REQUEST)
                .withMaxManifestBytes(1024));
        assertThatThrownBy(() -> small.resolve(ImageReference.parse("127.0.0.1:" + server.getAddress().getPort()
                + "/team/app:1")))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("the answer is larger than 1024 bytes")
                .extracting(e -> ((RegistryException) e).reason()).isEqualTo(RegistryException.Reason.PROTOCOL);
    }

    @Test
    void garbageAndWrongDigestsAreProtocolErrors() throws IOException {
        HttpServer server = httpServer();
        server.createContext("/v2/team/garbage/", exchange -> {
            byte[] body = "<html>proxy error</html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/v2/team/lying/", exchange -> {
            byte[] body = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":[]}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Docker-Content-Digest", "sha256:" + "0".repeat(64));
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        String registry = "127.0.0.1:" + server.getAddress().getPort();
        assertThatThrownBy(() -> client().resolve(ImageReference.parse(registry + "/team/garbage:1")))
                .isInstanceOf(RegistryException.class)
                .hasMessage("the manifest of " + registry + "/team/garbage:1 is not JSON");
        assertThatThrownBy(() -> client().resolve(ImageReference.parse(registry + "/team/lying:1")))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("does not match its Docker-Content-Digest");
    }

    @Test
    void redirectsAreFollowedWithoutLeakingCredentialsToAnotherHost() throws Exception {
        byte[] config = "{\"os\":\"linux\",\"architecture\":\"arm64\"}".getBytes(StandardCharsets.UTF_8);
        Digest configDigest = Digest.sha256Of(config);
        byte[] manifest = ("{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.OCI_MANIFEST + "\",\"config\":{"
                + "\"mediaType\":\"" + MediaTypes.OCI_CONFIG + "\",\"digest\":\"" + configDigest + "\",\"size\":"
                + config.length + "},\"layers\":[]}").getBytes(StandardCharsets.UTF_8);
        List<String> storageAuthorization = new CopyOnWriteArrayList<>();
        HttpServer storage = httpServer();
        storage.createContext("/", exchange -> {
            storageAuthorization.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(200, config.length);
            exchange.getResponseBody().write(config);
            exchange.close();
        });
        storage.start();
        HttpServer registry = httpServer();
        registry.createContext("/", exchange -> {
            if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"test\"");
                exchange.sendResponseHeaders(401, -1);
            } else if (exchange.getRequestURI().getPath().contains("/blobs/")) {
                exchange.getResponseHeaders().set("Location", "http://127.0.0.1:" + storage.getAddress().getPort()
                        + "/storage/blob?signature=abc");
                exchange.sendResponseHeaders(307, -1);
            } else {
                exchange.getResponseHeaders().set("Content-Type", MediaTypes.OCI_MANIFEST);
                exchange.sendResponseHeaders(200, manifest.length);
                exchange.getResponseBody().write(manifest);
            }
            exchange.close();
        });
        registry.start();
        String address = "127.0.0.1:" + registry.getAddress().getPort();
        RegistryClient client = new RegistryClient(RegistryOptions.defaults().withTimeouts(CONNECT, REQUEST)
                .withCredentials(host -> host.equals(address)
                        ? java.util.Optional.of(new Credentials("u", "p")) : java.util.Optional.empty()));
        ResolvedImage resolved = client.resolve(ImageReference.parse(address + "/team/app:1"));
        assertThat(resolved.platforms()).containsExactly(Platform.parse("linux/arm64"));
        assertThat(storageAuthorization).containsExactly("null");
    }

    @Test
    void dockerHubAndPlainHttpRegistriesMapToTheirApiBase() {
        assertThat(RegistryEndpoint.baseUri("docker.io", RegistryOptions.defaults()))
                .hasToString("https://registry-1.docker.io");
        assertThat(RegistryEndpoint.baseUri("ghcr.io", RegistryOptions.defaults())).hasToString("https://ghcr.io");
        assertThat(RegistryEndpoint.baseUri("localhost:5000", RegistryOptions.defaults()))
                .hasToString("http://localhost:5000");
        assertThat(RegistryEndpoint.baseUri("[::1]:5000", RegistryOptions.defaults()))
                .hasToString("http://[::1]:5000");
        assertThat(RegistryEndpoint.baseUri("registry.internal:5000", RegistryOptions.defaults()
                .withInsecureRegistries(java.util.Set.of("Registry.Internal:5000"))))
                .hasToString("http://registry.internal:5000");
        assertThat(RegistryEndpoint.baseUri("localhost:5000", RegistryOptions.defaults()
                .withPlainHttpForLoopback(false))).hasToString("https://localhost:5000");
    }
}
