package dev.gitopslint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineParameterTest {

    @TempDir
    Path temp;

    @Test
    void noBaselineIsNoBaseline() throws Exception {
        assertThat(BaselineParameter.read(null)).isEmpty();
    }

    @Test
    void aNamedBaselineMustExist() {
        File missing = temp.resolve(".gitops-lint-baseline.json").toFile();
        assertThatThrownBy(() -> BaselineParameter.read(missing))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("gitops-lint: " + missing + ": baseline file not found (create it with "
                        + "'gitops-lint baseline create')");
    }

    @Test
    void anUnreadableBaselineSaysWhere() throws Exception {
        Path broken = Files.writeString(temp.resolve("baseline.json"), "{\"version\": 1,\n \"findings\": [\n");
        assertThatThrownBy(() -> BaselineParameter.read(broken.toFile()))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("gitops-lint: " + broken + ":3:")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void aBaselineIsRead() throws Exception {
        Path file = Files.writeString(temp.resolve("baseline.json"),
                "{\"version\": 1, \"findings\": [{\"fingerprint\": \"abc\", \"ruleId\": \"r\"}]}");
        assertThat(BaselineParameter.read(file.toFile())).hasValueSatisfying(
                baseline -> assertThat(baseline.fingerprints()).containsExactly("abc"));
    }
}
