package dev.gitopslint.core.render.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TarGzTest {

    @Test
    void readsAPackagedChart() throws IOException {
        byte[] archive = Files.readAllBytes(TestCharts.chart("with-subcharts").resolve("charts/operator-1.4.0.tgz"));

        Map<String, byte[]> files = TarGz.read(archive);

        assertThat(files.keySet()).containsExactly("operator/Chart.yaml", "operator/crds/widgets.yaml",
                "operator/templates/install-crds-hook.yaml", "operator/templates/deployment.yaml",
                "operator/values.yaml");
        assertThat(new String(files.get("operator/Chart.yaml"), StandardCharsets.UTF_8))
                .isEqualTo("apiVersion: v2\nname: operator\nversion: 1.4.0\n");
    }

    @Test
    void rejectsSomethingThatIsNotAGzippedTar() {
        assertThatThrownBy(() -> TarGz.read("not an archive".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
    }
}
