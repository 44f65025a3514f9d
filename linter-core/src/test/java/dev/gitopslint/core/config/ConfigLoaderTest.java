package dev.gitopslint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gitopslint.core.finding.Severity;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

    private static LintConfig parse(String yaml) throws ConfigException {
        return ConfigLoader.parse(".gitops-lint.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryPart() throws ConfigException {
        LintConfig config = parse("""
                kubernetesVersion: "1.34"
                maxFileSize: 2MiB
                exclude: ["vendor/**"]
                environments:
                  local: {vars: {clusterType: local}, platforms: [linux/arm64]}
                components: ["sources/values/_shared/{domain}/{name}.yaml"]
                charts: sources/charts/{domain}/{name}
                layers: [sources/values/base/globals.yaml]
                ignore:
                  - {path: "legacy/**", rule: image-latest-tag, reason: "being retired"}
                rules:
                  values-unused-key: {enabled: false}
                  image-mutable-tag: {severity: error, options: {tags: [main]}}
                """);
        assertThat(config.kubernetesVersion()).contains("1.34");
        assertThat(config.maxFileBytes()).isEqualTo(2L << 20);
        assertThat(config.environment("local").platforms()).containsExactly("linux/arm64");
        assertThat(config.environment("local").vars()).containsEntry("clusterType", "local");
        assertThat(config.ignore()).singleElement().satisfies(i -> assertThat(i.reason()).isEqualTo("being retired"));
        assertThat(config.rule("values-unused-key").enabled()).isFalse();
        assertThat(config.rule("image-mutable-tag").severity()).contains(Severity.ERROR);
        assertThat(config.rule("image-mutable-tag").stringList("tags", null)).containsExactly("main");
        assertThat(config.rule("anything-else")).isEqualTo(RuleSettings.DEFAULT);
    }

    @Test
    void readsRegistriesAndPicksTheLongestPrefix() throws ConfigException {
        LintConfig config = parse("""
                registries:
                  ghcr.io/acme:
                    private: true
                    pullSecret: ghcr-pull
                  ghcr.io/acme/public/: {private: false}
                  registry.local:5000: {private: true}
                """);
        RegistryConfig acme = config.registries().get("ghcr.io/acme");
        assertThat(acme.isPrivate()).isTrue();
        assertThat(acme.pullSecret()).contains("ghcr-pull");
        assertThat(acme.declaredAt().line()).isEqualTo(2);
        assertThat(config.registry("ghcr.io/acme/mirror/loki")).contains(acme);
        assertThat(config.registry("ghcr.io/acme")).contains(acme);
        assertThat(config.registry("ghcr.io/acme-labs/tool")).isEmpty();
        assertThat(config.registry("ghcr.io/acme/public/shipper").map(RegistryConfig::prefix))
                .contains("ghcr.io/acme/public");
        assertThat(config.registry("ghcr.io/acme/public/shipper").map(RegistryConfig::isPrivate)).contains(false);
        assertThat(config.registry("registry.local:5000/team/app").map(RegistryConfig::pullSecret))
                .contains(java.util.Optional.empty());
        assertThat(config.registry("docker.io/library/nginx")).isEmpty();
        assertThat(LintConfig.defaults().registries()).isEmpty();
    }

    @Test
    void registryEntriesAreValidatedWithTheirLine() {
        assertThatThrownBy(() -> parse("registries:\n  ghcr.io/acme: {private: true, secret: x}\n"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).containsExactly(
                        ".gitops-lint.yaml:2:33: unknown key 'secret' under registries.ghcr.io/acme (see the "
                                + "configuration reference in docs/configuration.md)"));
        assertThatThrownBy(() -> parse("registries:\n  ghcr.io/acme: {private: yes-please}\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(".gitops-lint.yaml:2:");
        assertThatThrownBy(() -> parse("registries:\n  \"https://ghcr.io/acme\": {private: true}\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(".gitops-lint.yaml:2:3: ")
                .hasMessageContaining("https://ghcr.io/acme");
    }

    @Test
    void readsVendoredChartsAndFillsInTheirPaths() throws ConfigException {
        LintConfig config = parse("""
                vendored:
                  - repoURL: https://charts.jetstack.io
                    chart: cert-manager
                    path: third_party/{chart}/{version}
                  - repoURL: git@github.com:example/charts.git
                    path: vendor/charts/{path}
                """);
        assertThat(config.vendored()).hasSize(2);
        VendoredChart chart = config.vendored().get(0);
        assertThat(chart.chart()).contains("cert-manager");
        assertThat(chart.declaredAt().line()).isEqualTo(2);
        assertThat(chart.directoryFor(Optional.of("cert-manager"), "v1.16.2", Optional.empty()))
                .isEqualTo("third_party/cert-manager/v1.16.2");
        assertThat(config.vendored().get(1).directoryFor(Optional.empty(), "main", Optional.of("charts/alerts")))
                .isEqualTo("vendor/charts/charts/alerts");
        assertThatThrownBy(() -> parse("vendored:\n  - repoURL: https://charts.jetstack.io\n"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).singleElement().asString()
                        .startsWith(".gitops-lint.yaml:2:").contains("path"));
    }

    @Test
    void unknownKeysAreErrorsWithTheirLine() {
        assertThatThrownBy(() -> parse("layers: []\nlayer: [x]\nenvironments:\n  dev: {varz: {}}\n"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).containsExactly(
                        ".gitops-lint.yaml:2:1: unknown key 'layer' (see the configuration reference in docs/configuration.md)",
                        ".gitops-lint.yaml:4:9: unknown key 'varz' under environments.dev (see the configuration reference in docs/configuration.md)"));
    }

    @Test
    void wrongTypesAndValuesAreLocated() {
        assertThatThrownBy(() -> parse("rules:\n  x: {severity: fatal}\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(".gitops-lint.yaml:2:");
        assertThatThrownBy(() -> parse("ignore:\n  - {rule: image-latest-tag}\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("reason");
    }

    @Test
    void brokenYamlIsAConfigErrorNotACrash() {
        assertThatThrownBy(() -> parse("layers: [a\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(".gitops-lint.yaml:");
    }

    @Test
    void emptyFileMeansDefaults() throws ConfigException {
        assertThat(parse("# nothing yet\n")).isEqualTo(LintConfig.defaults());
    }
}
