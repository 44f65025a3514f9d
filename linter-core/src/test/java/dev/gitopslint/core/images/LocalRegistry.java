package dev.gitopslint.core.images;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real CNCF distribution registry ({@code docker-registry}, Debian package of the same name) on a
 * free loopback port, with its storage in a given directory and a generated config. Tests that need
 * it are skipped, saying so, when the binary is not installed. Public for the other modules' tests
 * (through the test jar).
 */
public final class LocalRegistry implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/docker-registry");
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(15);

    private final Process process;
    private final int port;
    private final Path log;

    private LocalRegistry(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Skips the calling test when the registry binary is missing. */
    public static void assumeInstalled() {
        assumeTrue(Files.isExecutable(BINARY), "skipped: " + BINARY + " is not installed "
                + "(apt-get install docker-registry); the registry tests need the real server");
    }

    /**
     * Starts a registry storing into {@code storage}; {@code authSection} is YAML placed under
     * {@code auth:} (empty for anonymous access). Returns once {@code /v2/} answers.
     */
    public static LocalRegistry start(Path workDir, Path storage, String authSection) throws IOException,
            InterruptedException {
        assumeInstalled();
        int port = freePort();
        Files.createDirectories(workDir);
        Path config = workDir.resolve("config-" + port + ".yml");
        StringBuilder yaml = new StringBuilder()
                .append("version: 0.1\n")
                .append("log:\n  level: warn\n  accesslog:\n    disabled: true\n")
                .append("storage:\n  filesystem:\n    rootdirectory: ").append(storage.toAbsolutePath()).append('\n')
                .append("  delete:\n    enabled: true\n")
                .append("http:\n  addr: 127.0.0.1:").append(port).append('\n')
                .append("  secret: gitops-lint-test-secret\n");
        if (!authSection.isBlank()) {
            yaml.append("auth:\n").append(authSection.stripTrailing().indent(2));
        }
        Files.writeString(config, yaml.toString(), StandardCharsets.UTF_8);
        Path log = workDir.resolve("registry-" + port + ".log");
        Process process = new ProcessBuilder(BINARY.toString(), "serve", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        LocalRegistry registry = new LocalRegistry(process, port, log);
        registry.awaitReady();
        return registry;
    }

    public int port() {
        return port;
    }

    /** host:port as written in image references. */
    public String address() {
        return "127.0.0.1:" + port;
    }

    public URI baseUri() {
        return URI.create("http://" + address());
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("docker-registry exited with " + process.exitValue() + ": " + logText());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(baseUri().resolve("/v2/"))
                        .timeout(Duration.ofMillis(500)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200 || response.statusCode() == 401) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        close();
        throw new IOException("docker-registry did not answer within " + STARTUP_LIMIT + ": " + logText());
    }

    private String logText() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "(no log)";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
