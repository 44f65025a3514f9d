package dev.gitopslint.core.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Credentials from Docker's client config ({@code $DOCKER_CONFIG/config.json}, else
 * {@code ~/.docker/config.json}): the {@code auths.<registry>.auth} entries (base64
 * {@code user:password}) or their {@code username}/{@code password} fields. Keys are matched by
 * host, with or without scheme and path, and Docker Hub's aliases ({@code https://index.docker.io/v1/},
 * {@code registry-1.docker.io}) count as {@code docker.io}. Credential helpers are not run; a
 * registry configured with one gets a hint saying so.
 */
public final class DockerConfigCredentials implements CredentialSource {

    private final Map<String, Credentials> byRegistry;
    private final Map<String, String> helperByRegistry;
    private final String defaultHelper;

    private DockerConfigCredentials(Map<String, Credentials> byRegistry, Map<String, String> helperByRegistry,
            String defaultHelper) {
        this.byRegistry = Map.copyOf(byRegistry);
        this.helperByRegistry = Map.copyOf(helperByRegistry);
        this.defaultHelper = defaultHelper;
    }

    /** The config file Docker would use: {@code $DOCKER_CONFIG/config.json} or {@code <home>/.docker/config.json}. */
    public static Path configFile(Map<String, String> environment, Path userHome) {
        String dockerConfig = environment.get("DOCKER_CONFIG");
        if (dockerConfig != null && !dockerConfig.isBlank()) {
            return Path.of(dockerConfig, "config.json");
        }
        return userHome.resolve(".docker").resolve("config.json");
    }

    /** Loads the config Docker would use for this process; no file means no credentials. */
    public static DockerConfigCredentials load() throws RegistryException {
        return load(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Loads the config for the given environment and home directory; no file means no credentials. */
    public static DockerConfigCredentials load(Map<String, String> environment, Path userHome)
            throws RegistryException {
        Path file = configFile(environment, userHome);
        if (!Files.isRegularFile(file)) {
            return new DockerConfigCredentials(Map.of(), Map.of(), null);
        }
        return fromFile(file);
    }

    /** Reads one config file; an unreadable or malformed file is a {@link RegistryException.Reason#CONFIGURATION} error. */
    public static DockerConfigCredentials fromFile(Path file) throws RegistryException {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RegistryException(RegistryException.Reason.CONFIGURATION,
                    "cannot read the docker config " + file + ": " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new RegistryException(RegistryException.Reason.CONFIGURATION,
                    "the docker config " + file + " is not valid JSON" + where(e) + ": " + firstClause(e), e);
        }
        Map<String, Credentials> credentials = new HashMap<>();
        for (Map.Entry<String, JsonNode> auth : root.path("auths").properties()) {
            Optional<Credentials> decoded = decode(file, auth.getKey(), auth.getValue());
            if (decoded.isPresent()) {
                credentials.put(registryOf(auth.getKey()), decoded.get());
            }
        }
        Map<String, String> helpers = new HashMap<>();
        for (Map.Entry<String, JsonNode> helper : root.path("credHelpers").properties()) {
            helpers.put(registryOf(helper.getKey()), helper.getValue().asString(""));
        }
        String store = root.path("credsStore").asString("");
        return new DockerConfigCredentials(credentials, helpers, store.isEmpty() ? null : store);
    }

    private static String where(JacksonException e) {
        if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
            return "";
        }
        return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** Jackson's message without the parser-internal detail that follows it. */
    private static String firstClause(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int detail = message.indexOf(" (");
        return detail > 0 ? message.substring(0, detail) : message;
    }

    @Override
    public Optional<Credentials> find(String registry) {
        return Optional.ofNullable(byRegistry.get(registryOf(registry)));
    }

    @Override
    public Optional<String> missingCredentialsHint(String registry) {
        String helper = helperByRegistry.getOrDefault(registryOf(registry), defaultHelper);
        if (helper == null || helper.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the docker config keeps credentials for " + registry + " in the credential helper \""
                + helper + "\", which gitops-lint does not run; add an `auths` entry (e.g. with a read-only token)");
    }

    private static Optional<Credentials> decode(Path file, String key, JsonNode entry) throws RegistryException {
        String auth = entry.path("auth").asString("");
        if (!auth.isEmpty()) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(auth.trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new RegistryException(RegistryException.Reason.CONFIGURATION,
                        "the docker config " + file + ": auths." + key + ".auth is not valid base64");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new RegistryException(RegistryException.Reason.CONFIGURATION,
                        "the docker config " + file + ": auths." + key + ".auth does not decode to user:password");
            }
            return Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
        }
        String username = entry.path("username").asString("");
        String password = entry.path("password").asString("");
        if (!username.isEmpty() && !password.isEmpty()) {
            return Optional.of(new Credentials(username, password));
        }
        return Optional.empty();
    }

    /** {@code https://index.docker.io/v1/} → {@code docker.io}; {@code http://host:5000/x} → {@code host:5000}. */
    static String registryOf(String key) {
        String host = key.trim();
        int scheme = host.indexOf("://");
        if (scheme >= 0) {
            host = host.substring(scheme + 3);
        }
        int slash = host.indexOf('/');
        if (slash >= 0) {
            host = host.substring(0, slash);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.equals("index.docker.io") || host.equals("registry-1.docker.io")) {
            return ImageReference.DOCKER_HUB;
        }
        return host;
    }
}
