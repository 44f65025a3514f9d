package dev.gitopslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupWarmerTest {

    @TempDir
    Path temp;

    @Test
    void warmsUpOnlyWhenTheRunWillReadAConfigFile() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("repo"));
        assertThat(StartupWarmer.configInSight(new String[] {"lint", repo.toString()})).isFalse();
        Files.writeString(repo.resolve(".gitops-lint.yaml"), "exclude: []\n");
        assertThat(StartupWarmer.configInSight(new String[] {"lint", repo.toString()})).isTrue();
        assertThat(StartupWarmer.configInSight(new String[] {"lint", "--config", "ci.yaml"})).isTrue();
        assertThat(StartupWarmer.configInSight(new String[] {"lint", "--config=ci.yaml"})).isTrue();
        assertThat(StartupWarmer.configInSight(new String[] {"lint", "bad\u0000path"})).isFalse();
    }
}
