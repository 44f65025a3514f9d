package dev.gitopslint.core.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerConfigCredentialsTest {

    @TempDir
    Path home;

    private static String basic(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Path writeConfig(Path dir, String json) throws Exception {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve("config.json"), json);
    }

    @Test
    void readsAuthsFromTheHomeConfigMatchingHostsAndDockerHubAliases() throws Exception {
        writeConfig(home.resolve(".docker"), """
                {"auths": {
                  "https://index.docker.io/v1/": {"auth": "%s"},
                  "ghcr.io": {"auth": "%s"},
                  "http://localhost:5000/v2/": {"username": "local", "password": "pw"},
                  "empty.example.com": {}
                }}""".formatted(basic("hub", "hubpw"), basic("x-access-token", "ghp:with:colons")));
        DockerConfigCredentials credentials = DockerConfigCredentials.load(Map.of(), home);
        assertThat(credentials.find("docker.io")).contains(new Credentials("hub", "hubpw"));
        assertThat(credentials.find("ghcr.io")).contains(new Credentials("x-access-token", "ghp:with:colons"));
        assertThat(credentials.find("GHCR.IO")).contains(new Credentials("x-access-token", "ghp:with:colons"));
        assertThat(credentials.find("localhost:5000")).contains(new Credentials("local", "pw"));
        assertThat(credentials.find("empty.example.com")).isEmpty();
        assertThat(credentials.find("quay.io")).isEmpty();
    }

    @Test
    void dockerConfigVariableWinsOverHome() throws Exception {
        writeConfig(home.resolve(".docker"), "{\"auths\":{\"ghcr.io\":{\"auth\":\"" + basic("home", "h") + "\"}}}");
        Path custom = home.resolve("custom");
        writeConfig(custom, "{\"auths\":{\"ghcr.io\":{\"auth\":\"" + basic("custom", "c") + "\"}}}");
        assertThat(DockerConfigCredentials.configFile(Map.of("DOCKER_CONFIG", custom.toString()), home))
                .isEqualTo(custom.resolve("config.json"));
        assertThat(DockerConfigCredentials.load(Map.of("DOCKER_CONFIG", custom.toString()), home).find("ghcr.io"))
                .contains(new Credentials("custom", "c"));
    }

    @Test
    void noConfigFileMeansAnonymous() throws Exception {
        assertThat(DockerConfigCredentials.load(Map.of(), home).find("ghcr.io")).isEmpty();
    }

    @Test
    void credentialHelpersAreNamedInAHintNotRun() throws Exception {
        writeConfig(home.resolve(".docker"), """
                {"credsStore": "desktop", "credHelpers": {"123.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"}}""");
        DockerConfigCredentials credentials = DockerConfigCredentials.load(Map.of(), home);
        assertThat(credentials.find("ghcr.io")).isEmpty();
        assertThat(credentials.missingCredentialsHint("ghcr.io")).get().asString().contains("\"desktop\"");
        assertThat(credentials.missingCredentialsHint("123.dkr.ecr.eu-west-1.amazonaws.com")).get().asString()
                .contains("\"ecr-login\"");
    }

    @Test
    void brokenConfigIsAConfigurationErrorNamingTheFile() throws Exception {
        Path file = writeConfig(home.resolve(".docker"), "{\"auths\": {");
        assertThatThrownBy(() -> DockerConfigCredentials.load(Map.of(), home))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining(file + " is not valid JSON")
                .extracting(e -> ((RegistryException) e).reason()).isEqualTo(RegistryException.Reason.CONFIGURATION);
        writeConfig(home.resolve(".docker"), "{\"auths\":{\"ghcr.io\":{\"auth\":\"%%%\"}}}");
        assertThatThrownBy(() -> DockerConfigCredentials.load(Map.of(), home))
                .hasMessageContaining("auths.ghcr.io.auth is not valid base64");
        writeConfig(home.resolve(".docker"), "{\"auths\":{\"ghcr.io\":{\"auth\":\"" + Base64.getEncoder()
                .encodeToString("nocolon".getBytes(StandardCharsets.UTF_8)) + "\"}}}");
        assertThatThrownBy(() -> DockerConfigCredentials.load(Map.of(), home))
                .hasMessageContaining("does not decode to user:password");
    }

    @Test
    void credentialsNeverPrintThePassword() {
        assertThat(new Credentials("u", "topsecret").toString()).doesNotContain("topsecret");
    }
}
