package dev.gitopslint.core.render.helm;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the Helm side on its own (not a test): native library load, renders of small charts over a
 * pool of threads, and Go-template evaluation. Usage, from linter-core after {@code mvn test-compile}:
 * <pre>
 * java -cp target/classes:target/test-classes:&lt;runtime class path&gt; \
 *     dev.gitopslint.core.render.helm.HelmRenderBenchmark [components=200] [environments=4] [threads=2]
 * </pre>
 */
public final class HelmRenderBenchmark {

    private HelmRenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long mainStart = System.nanoTime();
        int components = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int environments = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        long jvmStartToMain = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();

        Path work = Files.createTempDirectory("helm-benchmark-");
        long setupStart = System.nanoTime();
        List<RenderRequest> requests = syntheticRequests(work, components, environments);
        long setup = System.nanoTime() - setupStart;

        HelmEngine helm = HelmEngine.shared();
        long loadStart = System.nanoTime();
        String version = helm.helmVersion();
        long load = System.nanoTime() - loadStart;

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Pass first = renderAll(helm, requests, pool);
        Pass warm = renderAll(helm, requests, pool);
        pool.shutdown();

        long templatesStart = System.nanoTime();
        int jobs = evaluateTemplates(helm, components);
        long templates = System.nanoTime() - templatesStart;
        long total = System.nanoTime() - mainStart;

        System.out.printf("helm %s, %d renders (%d components x %d environments), %d threads%n",
                version, requests.size(), components, environments, threads);
        System.out.printf("JVM start to main:           %6d ms%n", jvmStartToMain);
        System.out.printf("writing synthetic charts:    %6d ms (not part of linting)%n", millis(setup));
        System.out.printf("native library load:         %6d ms (NativeHelm: %d ms)%n", millis(load),
                HelmEngine.nativeLoadTime().toMillis());
        first.print("renders, first pass", threads, requests.size());
        warm.print("renders, second pass", threads, requests.size());
        System.out.printf("go templates, %d jobs:      %6d ms%n", jobs, millis(templates));
        System.out.printf("total from JVM start:        %6d ms%n", jvmStartToMain + millis(total));
        System.out.printf("peak RSS:                    %6d MB%n", peakRssKb() / 1024);
        WorkDirectory.deleteQuietly(work);
    }

    /** One pass over all requests: wall and process CPU time, and the time spent inside Helm's native call. */
    private record Pass(long wallNanos, long cpuNanos, long nativeNanos, long jitMillis, int failures, int documents) {
        void print(String label, int threads, int renders) {
            System.out.printf("%-28s %6d ms wall (%.2f ms per render), %d ms CPU (JIT %d ms), %d failed, %d documents%n",
                    label + ":", millis(wallNanos), wallNanos / 1e6 / renders, millis(cpuNanos), jitMillis, failures,
                    documents);
            System.out.printf("  inside Helm's native call: %6d ms per thread = %.0f%% of wall%n",
                    millis(nativeNanos / threads), 100.0 * nativeNanos / threads / wallNanos);
        }
    }

    private static Pass renderAll(HelmEngine helm, List<RenderRequest> requests, ExecutorService pool)
            throws Exception {
        AtomicLong nativeNanos = new AtomicLong();
        long jitStart = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        List<Future<RenderResult>> futures = new ArrayList<>();
        for (RenderRequest request : requests) {
            futures.add(pool.submit(() -> {
                RenderResult result = helm.render(request);
                nativeNanos.addAndGet(result.helmTime().toNanos());
                return result;
            }));
        }
        int failures = 0;
        int documents = 0;
        for (Future<RenderResult> future : futures) {
            RenderResult result = future.get();
            if (!result.succeeded()) {
                failures++;
            } else {
                documents += result.chunks().size();
            }
        }
        return new Pass(System.nanoTime() - start, processCpuNanos() - cpuStart, nativeNanos.get(),
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitStart, failures, documents);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Components shaped like the reference layout: one small chart each, four value layers per environment. */
    private static List<RenderRequest> syntheticRequests(Path work, int components, int environments)
            throws IOException {
        List<RenderRequest> requests = new ArrayList<>();
        Path globals = Files.writeString(work.resolve("globals.yaml"), "global:\n  registry: registry.example.com\n");
        for (int c = 0; c < components; c++) {
            Path chart = Files.createDirectories(work.resolve("charts/component-" + c + "/templates")).getParent();
            Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: component-" + c + "\nversion: 1.0.0\n");
            Files.writeString(chart.resolve("values.yaml"), """
                    replicas: 1
                    image:
                      repository: shop/component
                      tag: "1.0"
                    service:
                      port: 8080
                    resources:
                      requests: {cpu: 50m, memory: 64Mi}
                    env: {}
                    """);
            Files.writeString(chart.resolve("templates/_helpers.tpl"), """
                    {{- define "labels" -}}
                    app.kubernetes.io/name: {{ .Chart.Name }}
                    app.kubernetes.io/instance: {{ .Release.Name }}
                    {{- end }}
                    """);
            Files.writeString(chart.resolve("templates/deployment.yaml"), """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: {{ .Release.Name }}
                      labels: {{- include "labels" . | nindent 4 }}
                    spec:
                      replicas: {{ .Values.replicas }}
                      selector:
                        matchLabels: {{- include "labels" . | nindent 6 }}
                      template:
                        metadata:
                          labels: {{- include "labels" . | nindent 8 }}
                        spec:
                          containers:
                            - name: app
                              image: "{{ .Values.global.registry }}/{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                              resources: {{- toYaml .Values.resources | nindent 16 }}
                              {{- with .Values.env }}
                              env:
                                {{- range $k, $v := . }}
                                - name: {{ $k }}
                                  value: {{ $v | quote }}
                                {{- end }}
                              {{- end }}
                    """);
            Files.writeString(chart.resolve("templates/service.yaml"), """
                    apiVersion: v1
                    kind: Service
                    metadata:
                      name: {{ .Release.Name }}
                    spec:
                      ports:
                        - port: {{ .Values.service.port }}
                      selector: {{- include "labels" . | nindent 4 }}
                    """);
            Path shared = Files.writeString(chart.resolve("values-shared.yaml"), "env:\n  LOG_LEVEL: info\n");
            for (int e = 0; e < environments; e++) {
                Path environment = Files.writeString(chart.resolve("values-env" + e + ".yaml"),
                        "replicas: " + (e + 1) + "\nimage:\n  tag: \"1." + e + "\"\n");
                requests.add(RenderRequest.builder(chart, "component-" + c + "-env" + e)
                        .namespace("env" + e).kubeVersion("1.35.0")
                        .valueFile(globals).valueFile(shared).valueFile(environment).build());
            }
        }
        return requests;
    }

    /** Ten templated fields per component, as an ApplicationSet template would have. */
    private static int evaluateTemplates(HelmEngine helm, int components) {
        List<TemplateJob> jobs = new ArrayList<>();
        for (int c = 0; c < components; c++) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("component", "component-" + c);
            params.put("cluster", Map.of("name", "prod", "server", "https://kubernetes.default.svc"));
            params.put("path", Map.of("path", "apps/component-" + c, "basename", "component-" + c,
                    "segments", List.of("apps", "component-" + c)));
            for (int f = 0; f < 10; f++) {
                jobs.add(new TemplateJob("{{ .component }}-{{ .cluster.name }}-" + f
                        + "/{{ .path.basename | normalize }}/{{ index .path.segments 0 }}", params, true));
            }
        }
        List<TemplateResult> results = new GoTemplates(helm).evaluate(jobs);
        if (results.stream().anyMatch(r -> !r.succeeded())) {
            throw new IllegalStateException("template evaluation failed");
        }
        return jobs.size();
    }

    private static long millis(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }

    private static long peakRssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
