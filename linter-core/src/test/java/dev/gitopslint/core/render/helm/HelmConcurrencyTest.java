package dev.gitopslint.core.render.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders many charts from several threads at once: Helm's results must not depend on interleaving. */
class HelmConcurrencyTest {

    private static final int CHARTS = 50;
    private static final int THREADS = 8;

    @TempDir
    Path temp;

    @Test
    void concurrentRendersGiveTheSameDistinctResultsAsSerialOnes() throws Exception {
        List<RenderRequest> requests = new ArrayList<>();
        for (int i = 0; i < CHARTS; i++) {
            requests.add(request(i));
        }
        HelmEngine helm = HelmEngine.shared();
        List<RenderResult> serial = requests.stream().map(helm::render).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < 2; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<RenderResult>> futures = new ArrayList<>();
                for (RenderRequest request : requests) {
                    Callable<RenderResult> render = () -> {
                        start.await();
                        return helm.render(request);
                    };
                    futures.add(pool.submit(render));
                }
                start.countDown();
                for (int i = 0; i < CHARTS; i++) {
                    RenderResult concurrent = futures.get(i).get();
                    assertThat(concurrent.error()).as("chart %d", i).isEqualTo(serial.get(i).error());
                    assertThat(concurrent.manifest()).as("chart %d", i).isEqualTo(serial.get(i).manifest());
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(new HashSet<>(serial.stream().map(RenderResult::manifest).toList())).hasSize(CHARTS);
        for (int i = 0; i < CHARTS; i++) {
            String manifest = serial.get(i).manifest();
            assertThat(manifest).as("chart %d", i)
                    .contains("name: release-" + i + "-chart-" + i)
                    .contains("namespace: team-" + i)
                    .contains("index: \"" + i + "\"")
                    .contains("fromValues: value-" + i);
            if (i % 3 == 0) {
                assertThat(manifest).contains("helm.sh/hook: post-install").contains("# Source: chart-" + i + "/crds/crd.yaml");
            }
        }
    }

    /** Chart i; every third one has a hook and a CRD, so it is rendered from a prepared copy. */
    private RenderRequest request(int i) throws IOException {
        Path chart = Files.createDirectories(temp.resolve("chart-" + i).resolve("templates"));
        Path root = chart.getParent();
        Files.writeString(root.resolve("Chart.yaml"), "apiVersion: v2\nname: chart-" + i + "\nversion: 1.0." + i + "\n");
        Files.writeString(root.resolve("values.yaml"), "index: " + i + "\nitems: [a" + i + ", b" + i + "]\n");
        Files.writeString(chart.resolve("configmap.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: {{ .Release.Name }}-{{ .Chart.Name }}
                  namespace: {{ .Release.Namespace }}
                data:
                  index: {{ .Values.index | quote }}
                  fromValues: {{ .Values.fromValues }}
                  {{- range $i, $item := .Values.items }}
                  item{{ $i }}: {{ $item }}
                  {{- end }}
                  checksum: {{ toYaml .Values | sha256sum }}
                """);
        if (i % 3 == 0) {
            Files.writeString(chart.resolve("hook.yaml"), """
                    apiVersion: batch/v1
                    kind: Job
                    metadata:
                      name: {{ .Release.Name }}-hook
                      annotations:
                        helm.sh/hook: post-install
                    """);
            Path crds = Files.createDirectories(root.resolve("crds"));
            Files.writeString(crds.resolve("crd.yaml"), "apiVersion: apiextensions.k8s.io/v1\n"
                    + "kind: CustomResourceDefinition\nmetadata:\n  name: things" + i + ".example.com\n");
        }
        Path values = Files.writeString(temp.resolve("values-" + i + ".yaml"), "fromValues: value-" + i + "\n");
        return RenderRequest.builder(root, "release-" + i).namespace("team-" + i).kubeVersion("1.35.0")
                .valueFile(values).build();
    }
}
