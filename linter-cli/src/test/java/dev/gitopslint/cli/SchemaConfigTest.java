package dev.gitopslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema settings in the config: strictness, local schema locations, and no URLs. */
class SchemaConfigTest {

    private static final String WIDGET = "apiVersion: widgets.example.com/v1\nkind: Widget\nmetadata:\n  name: w\n"
            + "spec:\n  size: 3\n  colour: red\n";

    @Test
    void schemaLocationsValidateCustomResourcesAndStrictnessCanBeTurnedOff(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve("widget.yaml"), WIDGET);
        Path schemas = Files.createDirectories(repo.resolve("schemas/widgets.example.com"));
        Files.writeString(schemas.resolve("widget_v1.json"), "{\"type\":\"object\",\"properties\":{"
                + "\"apiVersion\":{\"type\":\"string\"},\"kind\":{\"type\":\"string\"},\"metadata\":{\"type\":\"object\"},"
                + "\"spec\":{\"type\":\"object\",\"properties\":{\"size\":{\"type\":\"integer\"}}}}}");
        CliRun unknown = CliRun.of("lint", repo.toString(), "--format", "json", "--fail-on", "info");
        assertThat(unknown.out()).contains("schema-unknown-kind");

        Files.writeString(repo.resolve(".gitops-lint.yaml"), "schemaLocations: [schemas]\n");
        CliRun strict = CliRun.of("lint", repo.toString(), "--format", "json");
        assertThat(strict.out()).contains("schema-unknown-field").contains("spec.colour").doesNotContain("schema-unknown-kind");
        assertThat(strict.exitCode()).isEqualTo(1);

        Files.writeString(repo.resolve(".gitops-lint.yaml"), "schemaLocations: [schemas]\nstrict: false\n");
        CliRun lenient = CliRun.of("lint", repo.toString(), "--format", "json");
        assertThat(lenient.out()).doesNotContain("schema-unknown-field");
        assertThat(lenient.exitCode()).isZero();
    }

    @Test
    void remoteSchemaLocationsAreAConfigurationError(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve(".gitops-lint.yaml"), "schemaLocations: [\"https://example.com/schemas\"]\n");
        CliRun run = CliRun.of("lint", repo.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is a URL").contains("no network");
    }
}
