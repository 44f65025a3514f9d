package dev.gitopslint.core.images;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * A loopback token service as the distribution registry's token auth expects one: it checks Basic
 * credentials and answers {@code {"token": <JWT>}}, an RS256 JWT whose header carries the signing
 * certificate ({@code x5c}); the registry trusts it through its {@code rootcertbundle}. The key and
 * self-signed certificate come from the JDK's keytool.
 */
final class TokenServer implements AutoCloseable {

    static final String ISSUER = "gitops-lint-test-issuer";
    static final String SERVICE = "gitops-lint-test-registry";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final PrivateKey key;
    private final byte[] certificate;
    private final Credentials accepted;
    private final Path certificateBundle;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile String grantedRepositoryOverride;

    private TokenServer(HttpServer server, PrivateKey key, byte[] certificate, Credentials accepted,
            Path certificateBundle) {
        this.server = server;
        this.key = key;
        this.certificate = certificate;
        this.accepted = accepted;
        this.certificateBundle = certificateBundle;
    }

    static TokenServer start(Path dir, Credentials accepted) throws IOException, InterruptedException,
            GeneralSecurityException {
        Files.createDirectories(dir);
        Path keystore = dir.resolve("token-signer.p12");
        char[] password = "keystore-pass".toCharArray();
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "signer", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=gitops-lint test token signer", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", new String(password), "-keypass", new String(password))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password);
        }
        PrivateKey key = (PrivateKey) store.getKey("signer", password);
        Certificate cert = store.getCertificate("signer");
        Path bundle = dir.resolve("token-signer.pem");
        Files.writeString(bundle, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(cert.getEncoded())
                + "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        TokenServer tokens = new TokenServer(server, key, cert.getEncoded(), accepted, bundle);
        server.createContext("/token", tokens::handle);
        server.start();
        return tokens;
    }

    URI realm() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/token");
    }

    Path certificateBundle() {
        return certificateBundle;
    }

    /** The registry's {@code auth:} section for this service. */
    String registryAuthSection() {
        return "token:\n  realm: " + realm() + "\n  service: " + SERVICE + "\n  issuer: " + ISSUER
                + "\n  rootcertbundle: " + certificateBundle.toAbsolutePath() + "\n";
    }

    /** From now on, tokens grant access to {@code repository} whatever was asked (null: what was asked). */
    void grantOnly(String repository) {
        grantedRepositoryOverride = repository;
    }

    /** The query strings of the token requests received. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        requests.add(URLDecoder.decode(query, StandardCharsets.UTF_8));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (!accepted.basicAuthorization().equals(authorization)) {
            send(exchange, 401, "{\"details\":\"bad credentials\"}");
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                parameters.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String[] scope = parameters.getOrDefault("scope", "").split(":");
        if (scope.length != 3 || !SERVICE.equals(parameters.get("service"))) {
            send(exchange, 400, "{\"details\":\"bad scope or service\"}");
            return;
        }
        try {
            String repository = grantedRepositoryOverride != null ? grantedRepositoryOverride : scope[1];
            send(exchange, 200, JSON.writeValueAsString(Map.of("token", jwt(repository, List.of(scope[2].split(","))),
                    "expires_in", 300)));
        } catch (GeneralSecurityException e) {
            send(exchange, 500, "{\"details\":\"" + e.getMessage() + "\"}");
        }
    }

    private String jwt(String repository, List<String> actions) throws GeneralSecurityException {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> header = Map.of("typ", "JWT", "alg", "RS256",
                "x5c", List.of(Base64.getEncoder().encodeToString(certificate)));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", accepted.username());
        claims.put("aud", SERVICE);
        claims.put("exp", now + 300);
        claims.put("nbf", now - 10);
        claims.put("iat", now);
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("access", List.of(Map.of("type", "repository", "name", repository, "actions", actions)));
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String signingInput = url.encodeToString(JSON.writeValueAsBytes(header)) + "."
                + url.encodeToString(JSON.writeValueAsBytes(claims));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + url.encodeToString(signature.sign());
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
