package dev.gitopslint.core.render.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartDependenciesTest {

    @TempDir
    Path temp;

    @Test
    void reportsUnvendoredMismatchedAndBrokenLocalDependenciesWithTheirLines() throws IOException {
        Path chart = TestCharts.chart("dependencies");

        assertThat(ChartDependencies.missing(chart))
                .extracting(MissingDependency::name, MissingDependency::line, MissingDependency::reason,
                        MissingDependency::vendoredVersions)
                .containsExactly(
                        tuple("kafka", 11, MissingDependency.Reason.NOT_VENDORED, java.util.List.of()),
                        tuple("redis", 14, MissingDependency.Reason.VERSION_MISMATCH, java.util.List.of("17.3.7")),
                        tuple("absent-local", 17, MissingDependency.Reason.LOCAL_PATH_NOT_FOUND, java.util.List.of()));
        assertThat(ChartDependencies.missing(chart).get(0).file()).isEqualTo(chart.resolve("Chart.yaml"));
        assertThat(ChartDependencies.missing(chart).get(1).message())
                .isEqualTo("dependency redis ^18.0.0 does not match the vendored version 17.3.7");
    }

    @Test
    void vendoredDirectoriesArchivesAndLocalPathsSatisfyTheirDeclarations() throws IOException {
        assertThat(ChartDependencies.missing(TestCharts.chart("with-subcharts"))).isEmpty();
        assertThat(ChartDependencies.missing(TestCharts.chart("local-dependency"))).isEmpty();
        assertThat(ChartDependencies.missing(TestCharts.chart("first-party"))).isEmpty();
    }

    @Test
    void readsHelmTwoRequirementsFiles() throws IOException {
        Files.writeString(temp.resolve("Chart.yaml"), "apiVersion: v1\nname: legacy\nversion: 1.0.0\n");
        Files.writeString(temp.resolve("requirements.yaml"), """
                dependencies:
                - name: mysql
                  version: 1.6.9
                  repository: https://charts.example.com/stable
                """);

        assertThat(ChartDependencies.missing(temp))
                .extracting(MissingDependency::name, MissingDependency::file, MissingDependency::line)
                .containsExactly(tuple("mysql", temp.resolve("requirements.yaml"), 2));
    }

    @Test
    void theVendoredVersionIsCheckedWithHelmsSemverRules() throws IOException {
        Files.writeString(temp.resolve("Chart.yaml"), """
                apiVersion: v2
                name: ranges
                version: 1.0.0
                dependencies:
                  - {name: a, version: "~1.2", repository: "https://x"}
                  - {name: b, version: "1.2.x || >=2.1.0 <3", repository: "https://x"}
                  - {name: c, version: "^2.0.0", repository: "https://x"}
                  - {name: d, version: ">=1.0.0", repository: "https://x"}
                """);
        vendor("a", "1.2.9");
        vendor("b", "2.5.0");
        vendor("c", "3.0.0");
        vendor("d", "1.1.0-rc.1");

        assertThat(ChartDependencies.missing(temp)).extracting(MissingDependency::name).containsExactly("c", "d");
    }

    private void vendor(String name, String version) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("charts").resolve(name));
        Files.writeString(dir.resolve("Chart.yaml"), "apiVersion: v2\nname: " + name + "\nversion: " + version + "\n");
    }
}
