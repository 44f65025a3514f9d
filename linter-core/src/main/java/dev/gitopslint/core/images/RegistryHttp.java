package dev.gitopslint.core.images;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP exchanges with a registry's v2 API: authentication (anonymous first; on a 401, Basic with
 * the configured credentials or a Bearer token fetched from the challenge's realm, then one retry),
 * redirects (followed by hand so that credentials never go to another host), and a hard deadline
 * for every request, body included.
 */
final class RegistryHttp {

    /** An answer with its body read in full (empty for HEAD). */
    record Response(int status, HttpHeaders headers, byte[] body, URI uri) {

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    private static final int MAX_REDIRECTS = 5;
    private static final Duration TOKEN_LIFETIME_DEFAULT = Duration.ofSeconds(60);
    private static final Duration TOKEN_EXPIRY_MARGIN = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record CachedToken(String authorization, Instant expires) {
    }

    private final RegistryOptions options;
    private final HttpClient client;
    private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();
    private final Set<String> basicRegistries = ConcurrentHashMap.newKeySet();

    RegistryHttp(RegistryOptions options) {
        this.options = options;
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * Sends {@code method} to {@code /v2/<repository><path>} of {@code registry} with pull access,
     * authenticating as the registry asks. Any status is returned, except a 401/403 that the
     * available credentials cannot get past, which is an {@link RegistryException.Reason#UNAUTHORIZED}.
     */
    Response exchange(String method, String registry, String repository, String path, List<String> accept,
            long maxBytes) throws RegistryException {
        URI uri = URI.create(RegistryEndpoint.baseUri(registry, options) + "/v2/" + repository + path);
        String scope = "repository:" + repository + ":pull";
        String authorization = cachedAuthorization(registry, scope);
        Response response = follow(method, uri, accept, authorization, maxBytes);
        if (response.status() == 401) {
            authorization = authorize(registry, scope, response);
            response = follow(method, uri, accept, authorization, maxBytes);
        }
        if (response.status() == 401 || response.status() == 403) {
            throw unauthorized(registry, repository, response, authorization != null);
        }
        return response;
    }

    private String cachedAuthorization(String registry, String scope) {
        CachedToken token = tokens.get(registry + " " + scope);
        if (token != null && Instant.now().isBefore(token.expires())) {
            return token.authorization();
        }
        if (basicRegistries.contains(registry)) {
            return options.credentials().find(registry).map(Credentials::basicAuthorization).orElse(null);
        }
        return null;
    }

    private String authorize(String registry, String scope, Response challengeResponse) throws RegistryException {
        List<AuthChallenge> challenges = AuthChallenge.parse(challengeResponse.headers().allValues("WWW-Authenticate"));
        Optional<Credentials> credentials = options.credentials().find(registry);
        Optional<AuthChallenge> bearer = challenges.stream().filter(AuthChallenge::isBearer).findFirst();
        if (bearer.isPresent()) {
            return fetchToken(registry, scope, bearer.get(), credentials);
        }
        if (challenges.stream().anyMatch(AuthChallenge::isBasic)) {
            if (credentials.isEmpty()) {
                throw new RegistryException(RegistryException.Reason.UNAUTHORIZED, registry
                        + " requires a user name and password and none is configured" + hint(registry));
            }
            basicRegistries.add(registry);
            return credentials.get().basicAuthorization();
        }
        throw new RegistryException(RegistryException.Reason.UNAUTHORIZED, registry
                + " refused access (401) without a Basic or Bearer challenge this client understands");
    }

    private String fetchToken(String registry, String scope, AuthChallenge challenge,
            Optional<Credentials> credentials) throws RegistryException {
        String realm = challenge.parameter("realm").orElseThrow(() -> new RegistryException(
                RegistryException.Reason.PROTOCOL, registry + " sent a Bearer challenge without a realm"));
        String tokenScope = challenge.parameter("scope").orElse(scope);
        StringBuilder query = new StringBuilder();
        challenge.parameter("service").ifPresent(service -> query.append("service=").append(encode(service)));
        query.append(query.length() > 0 ? "&" : "").append("scope=").append(encode(tokenScope));
        URI tokenUri;
        try {
            tokenUri = URI.create(realm + (realm.contains("?") ? "&" : "?") + query);
        } catch (IllegalArgumentException e) {
            throw new RegistryException(RegistryException.Reason.PROTOCOL, registry + " sent an invalid token realm \""
                    + realm + "\"");
        }
        boolean withheld = credentials.isPresent() && !mayReceiveCredentials(tokenUri);
        String authorization = withheld ? null : credentials.map(Credentials::basicAuthorization).orElse(null);
        Response response = follow("GET", tokenUri, List.of("application/json"), authorization,
                options.maxManifestBytes());
        if (response.status() != 200) {
            String why = credentials.isEmpty() ? "; no credentials are configured for " + registry + hint(registry)
                    : withheld ? "; the credentials for " + registry + " were not sent to a plain-http token service"
                            + " (configure its host as insecure to allow it)"
                    : "; check the credentials configured for " + registry;
            throw new RegistryException(RegistryException.Reason.UNAUTHORIZED, "the token service " + realm + " of "
                    + registry + " refused a token for " + tokenScope + " (HTTP " + response.status() + ")" + why);
        }
        JsonNode json;
        try {
            json = JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw new RegistryException(RegistryException.Reason.PROTOCOL, "the token service " + realm
                    + " answered something that is not JSON");
        }
        String token = json.path("token").asString("");
        if (token.isEmpty()) {
            token = json.path("access_token").asString("");
        }
        if (token.isEmpty()) {
            throw new RegistryException(RegistryException.Reason.PROTOCOL, "the token service " + realm
                    + " answered without a token");
        }
        long seconds = json.path("expires_in").asLong(0);
        Duration lifetime = seconds > 0 ? Duration.ofSeconds(seconds) : TOKEN_LIFETIME_DEFAULT;
        String bearer = "Bearer " + token;
        tokens.put(registry + " " + scope, new CachedToken(bearer, Instant.now().plus(lifetime)
                .minus(TOKEN_EXPIRY_MARGIN)));
        return bearer;
    }

    /** Credentials go to a token service over https, or over http only on loopback or a configured host. */
    private boolean mayReceiveCredentials(URI uri) {
        if ("https".equalsIgnoreCase(uri.getScheme())) {
            return true;
        }
        String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
        return RegistryEndpoint.usesPlainHttp(authority, options);
    }

    private RegistryException unauthorized(String registry, String repository, Response response,
            boolean triedCredentials) {
        String what = response.status() == 403 ? "denied access" : "refused the credentials";
        String detail = RegistryErrors.describe(response.body()).map(d -> ": " + d).orElse("");
        if (!triedCredentials) {
            return new RegistryException(RegistryException.Reason.UNAUTHORIZED, registry + " " + what + " to "
                    + repository + detail + hint(registry));
        }
        return new RegistryException(RegistryException.Reason.UNAUTHORIZED, registry + " " + what + " to "
                + repository + " (HTTP " + response.status() + ")" + detail
                + (options.credentials().find(registry).isEmpty()
                        ? "; no credentials are configured for " + registry + hint(registry)
                        : "; check the credentials configured for " + registry));
    }

    private String hint(String registry) {
        return options.credentials().missingCredentialsHint(registry).map(h -> " (" + h + ")").orElse("");
    }

    private Response follow(String method, URI uri, List<String> accept, String authorization, long maxBytes)
            throws RegistryException {
        URI current = uri;
        String currentAuthorization = authorization;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Response response = send(method, current, accept, currentAuthorization, maxBytes);
            if (!isRedirect(response.status())) {
                return response;
            }
            Optional<String> location = response.header("Location");
            if (location.isEmpty()) {
                return response;
            }
            URI next = current.resolve(location.get());
            if ("https".equalsIgnoreCase(current.getScheme()) && !"https".equalsIgnoreCase(next.getScheme())) {
                throw new RegistryException(RegistryException.Reason.PROTOCOL, current.getHost()
                        + " redirected from https to " + next.getScheme() + "; refused");
            }
            if (!sameOrigin(current, next)) {
                currentAuthorization = null;
            }
            current = next;
        }
        throw new RegistryException(RegistryException.Reason.PROTOCOL, uri.getHost() + " redirected more than "
                + MAX_REDIRECTS + " times");
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && String.valueOf(a.getRawAuthority())
                .equalsIgnoreCase(String.valueOf(b.getRawAuthority()));
    }

    private Response send(String method, URI uri, List<String> accept, String authorization, long maxBytes)
            throws RegistryException {
        Duration timeout = options.requestTimeout();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("User-Agent", "gitops-lint");
        if (!accept.isEmpty()) {
            request.header("Accept", String.join(", ", accept));
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        request.method(method, HttpRequest.BodyPublishers.noBody());
        HttpResponse.BodyHandler<byte[]> handler = method.equals("HEAD")
                ? HttpResponse.BodyHandlers.replacing(new byte[0])
                : LimitedBodySubscriber.handler(maxBytes);
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(), handler);
        try {
            // The client's own timeout stops at the headers; this deadline also bounds the body.
            HttpResponse<byte[]> response = future.get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS);
            return new Response(response.statusCode(), response.headers(), response.body(), uri);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new RegistryException(RegistryException.Reason.TIMEOUT, describe(uri) + " did not answer within "
                    + seconds(timeout));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new RegistryException(RegistryException.Reason.TIMEOUT, "interrupted while waiting for "
                    + describe(uri));
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        }
    }

    private RegistryException failure(URI uri, Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new RegistryException(RegistryException.Reason.TIMEOUT, "could not connect to " + describe(uri)
                    + " within " + seconds(options.connectTimeout()), cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new RegistryException(RegistryException.Reason.TIMEOUT, describe(uri) + " did not answer within "
                    + seconds(options.requestTimeout()), cause);
        }
        if (cause instanceof LimitedBodySubscriber.TooLargeException) {
            return new RegistryException(RegistryException.Reason.PROTOCOL, describe(uri) + ": " + cause.getMessage(),
                    cause);
        }
        if (hasCause(cause, UnresolvedAddressException.class)) {
            return new RegistryException(RegistryException.Reason.UNREACHABLE, "cannot reach " + describe(uri)
                    + ": unknown host " + uri.getHost(), cause);
        }
        if (hasCause(cause, SSLException.class)) {
            return new RegistryException(RegistryException.Reason.UNREACHABLE, "TLS with " + describe(uri)
                    + " failed (" + rootMessage(cause) + "); if this registry speaks plain http, configure it as "
                    + "insecure", cause);
        }
        if (hasCause(cause, ConnectException.class)) {
            return new RegistryException(RegistryException.Reason.UNREACHABLE, "cannot connect to " + describe(uri)
                    + ": " + rootMessage(cause), cause);
        }
        if (cause instanceof IOException) {
            return new RegistryException(RegistryException.Reason.UNREACHABLE, "connection to " + describe(uri)
                    + " failed: " + rootMessage(cause), cause);
        }
        return new RegistryException(RegistryException.Reason.PROTOCOL, "request to " + describe(uri) + " failed: "
                + rootMessage(cause), cause);
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable error) {
        String message = null;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            return error instanceof ConnectException ? "connection refused" : error.getClass().getSimpleName();
        }
        return message;
    }

    private static String describe(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
