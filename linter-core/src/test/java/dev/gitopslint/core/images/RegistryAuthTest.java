package dev.gitopslint.core.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authentication against real registries sharing one storage: the images are pushed once through
 * an open registry, then read through one that requires Basic auth (htpasswd) and one that uses
 * token auth with a loopback token service. Credentials come from a docker config file.
 */
class RegistryAuthTest {

    private static final Credentials USER = new Credentials("ci-reader", "s3cret-pull");
    private static final Path HTPASSWD = Path.of("/usr/bin/htpasswd");

    @TempDir
    static Path work;

    private static LocalRegistry open;
    private static LocalRegistry basic;
    private static LocalRegistry tokenAuth;
    private static TokenServer tokens;
    private static SampleImages pushed;

    @BeforeAll
    static void startRegistries() throws Exception {
        LocalRegistry.assumeInstalled();
        Path storage = work.resolve("storage");
        open = LocalRegistry.start(work, storage, "");
        pushed = SampleImages.push(new RegistryPusher(open.baseUri()));
        tokens = TokenServer.start(work.resolve("token"), USER);
        tokenAuth = LocalRegistry.start(work, storage, tokens.registryAuthSection());
        if (Files.isExecutable(HTPASSWD)) {
            Path passwords = work.resolve("htpasswd");
            Process process = new ProcessBuilder(HTPASSWD.toString(), "-B", "-b", "-c", passwords.toString(),
                    USER.username(), USER.password()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            assertThat(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0).isTrue();
            basic = LocalRegistry.start(work, storage, "htpasswd:\n  realm: gitops-lint-test\n  path: " + passwords
                    + "\n");
        }
    }

    @AfterAll
    static void stopRegistries() throws InterruptedException {
        for (LocalRegistry registry : new LocalRegistry[] {open, basic, tokenAuth}) {
            if (registry != null) {
                registry.close();
            }
        }
        if (tokens != null) {
            tokens.close();
        }
    }

    private static RegistryClient clientWithDockerConfig(Map<String, Credentials> auths) throws Exception {
        Path dockerConfig = Files.createTempDirectory(work, "docker-config");
        StringBuilder json = new StringBuilder("{\"auths\":{");
        String separator = "";
        for (Map.Entry<String, Credentials> auth : auths.entrySet()) {
            String encoded = Base64.getEncoder().encodeToString((auth.getValue().username() + ":"
                    + auth.getValue().password()).getBytes(StandardCharsets.UTF_8));
            json.append(separator).append('"').append(auth.getKey()).append("\":{\"auth\":\"").append(encoded)
                    .append("\"}");
            separator = ",";
        }
        Files.writeString(dockerConfig.resolve("config.json"), json.append("}}").toString());
        CredentialSource credentials = DockerConfigCredentials.load(Map.of("DOCKER_CONFIG", dockerConfig.toString()),
                work.resolve("no-home"));
        return new RegistryClient(RegistryOptions.defaults().withCredentials(credentials));
    }

    @Test
    void tokenAuthFetchesABearerTokenWithTheConfiguredCredentials() throws Exception {
        RegistryClient client = clientWithDockerConfig(Map.of("http://" + tokenAuth.address(), USER));
        int before = tokens.requests().size();
        ResolvedImage multi = client.resolve(ImageReference.parse(tokenAuth.address() + "/team/multi:1.0"));
        assertThat(multi.digest()).isEqualTo(pushed.multi().digest());
        assertThat(multi.platforms()).containsExactly(SampleImages.LINUX_AMD64, SampleImages.LINUX_ARM64_V8);
        ResolvedImage single = client.resolve(ImageReference.parse(tokenAuth.address() + "/team/single:1.0"));
        assertThat(single.platforms()).containsExactly(SampleImages.LINUX_AMD64);
        // The token of each repository is fetched once and reused for its manifests and blobs.
        client.resolve(ImageReference.parse(tokenAuth.address() + "/team/multi:1.0"));
        assertThat(tokens.requests().subList(before, tokens.requests().size())).containsExactly(
                "service=" + TokenServer.SERVICE + "&scope=repository:team/multi:pull",
                "service=" + TokenServer.SERVICE + "&scope=repository:team/single:pull");
    }

    @Test
    void tokenAuthWithoutCredentialsIsAClearError() {
        RegistryClient anonymous = new RegistryClient(RegistryOptions.defaults());
        assertThatThrownBy(() -> anonymous.resolve(ImageReference.parse(tokenAuth.address() + "/team/multi:1.0")))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("the token service " + tokens.realm() + " of " + tokenAuth.address()
                        + " refused a token for repository:team/multi:pull (HTTP 401)")
                .hasMessageContaining("no credentials are configured for " + tokenAuth.address())
                .extracting(e -> ((RegistryException) e).reason()).isEqualTo(RegistryException.Reason.UNAUTHORIZED);
    }

    @Test
    void tokenAuthWithWrongPasswordIsUnauthorized() throws Exception {
        RegistryClient client = clientWithDockerConfig(Map.of(tokenAuth.address(),
                new Credentials(USER.username(), "wrong")));
        assertThatThrownBy(() -> client.resolve(ImageReference.parse(tokenAuth.address() + "/team/single:1.0")))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("refused a token")
                .hasMessageContaining("check the credentials configured for " + tokenAuth.address())
                .extracting(e -> ((RegistryException) e).reason()).isEqualTo(RegistryException.Reason.UNAUTHORIZED);
    }

    @Test
    void tokenThatTheRegistryRejectsIsUnauthorizedAfterOneRetry() throws Exception {
        RegistryClient client = clientWithDockerConfig(Map.of(tokenAuth.address(), USER));
        tokens.grantOnly("team/other");
        try {
            assertThatThrownBy(() -> client.resolve(ImageReference.parse(tokenAuth.address() + "/team/dockerlist:1.0")))
                    .isInstanceOf(RegistryException.class)
                    .hasMessageStartingWith(tokenAuth.address() + " refused the credentials to team/dockerlist (HTTP 401)")
                    .extracting(e -> ((RegistryException) e).reason())
                    .isEqualTo(RegistryException.Reason.UNAUTHORIZED);
        } finally {
            tokens.grantOnly(null);
        }
    }

    @Test
    void basicAuthUsesTheDockerConfigCredentials() throws Exception {
        assumeTrue(basic != null, "skipped: " + HTPASSWD + " is not installed (apt-get install apache2-utils)");
        RegistryClient client = clientWithDockerConfig(Map.of(basic.address(), USER));
        ResolvedImage list = client.resolve(ImageReference.parse(basic.address() + "/team/dockerlist:1.0"));
        assertThat(list.digest()).isEqualTo(pushed.dockerList().digest());
        assertThat(list.platforms()).containsExactly(SampleImages.LINUX_AMD64, SampleImages.LINUX_ARM_V7);
        ResolvedImage single = client.resolve(ImageReference.parse(basic.address() + "/team/single:1.0"));
        assertThat(single.platforms()).containsExactly(SampleImages.LINUX_AMD64);
    }

    @Test
    void basicAuthWithoutOrWithWrongCredentialsIsUnauthorized() throws Exception {
        assumeTrue(basic != null, "skipped: " + HTPASSWD + " is not installed (apt-get install apache2-utils)");
        ImageReference image = ImageReference.parse(basic.address() + "/team/single:1.0");
        assertThatThrownBy(() -> new RegistryClient(RegistryOptions.defaults()).resolve(image))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining(basic.address() + " requires a user name and password and none is configured")
                .extracting(e -> ((RegistryException) e).reason()).isEqualTo(RegistryException.Reason.UNAUTHORIZED);
        RegistryClient wrong = clientWithDockerConfig(Map.of(basic.address(), new Credentials(USER.username(), "x")));
        assertThatThrownBy(() -> wrong.resolve(image))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("check the credentials configured for " + basic.address())
                .extracting(e -> ((RegistryException) e).reason()).isEqualTo(RegistryException.Reason.UNAUTHORIZED);
    }
}
