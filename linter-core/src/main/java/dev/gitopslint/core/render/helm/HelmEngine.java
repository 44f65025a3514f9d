package dev.gitopslint.core.render.helm;

import com.marcnuri.helm.jni.HelmLib;
import com.marcnuri.helm.jni.Result;
import com.marcnuri.helm.jni.TemplateOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * {@code helm template} in-process, with Helm's own Go code (helm-java), offline.
 *
 * <p>One engine per process ({@link #shared()}). The native library is loaded once, on the first
 * render or by {@link #preload()}. Renders may run concurrently from any number of threads: each call builds its own Helm action
 * configuration and chart, and concurrent renders of different charts were checked to produce the same
 * bytes as serial ones. (helm-java swaps the Go process's stdout and stderr for pipes around each call;
 * template rendering writes to neither, so that race is harmless here.)
 *
 * <p>Charts are never built or fetched: dependencies must be vendored under {@code charts/} or be
 * {@code file://} paths. The rendered text matches {@code helm template --include-crds} (see
 * {@link PreparedChart} and {@link HookMask} for how hooks and CRDs, which helm-java leaves out, are
 * kept). Charts are read once per engine; {@link #forgetCharts()} drops what was read.
 */
public final class HelmEngine {

    private static final HelmEngine SHARED = new HelmEngine();
    private static final NativeClock CLOCK = new NativeClock();
    private static final String DEBUG_HINT = "Use --debug flag to render out invalid YAML";

    private final WorkDirectory work = new WorkDirectory("gitops-lint-helm-");
    private final ConcurrentMap<ChartKey, Future<ChartSetup>> charts = new ConcurrentHashMap<>();

    private HelmEngine() {
    }

    public static HelmEngine shared() {
        return SHARED;
    }

    /** How long loading the native library took (zero until the first render). */
    public static Duration nativeLoadTime() {
        return NativeHelm.loadTime();
    }

    /** Time spent inside Helm's native calls so far, summed over threads (renders and Go templates). */
    public static Duration nativeTime() {
        return CLOCK.summed();
    }

    /** CPU time of the calling threads inside Helm's native calls so far (Go's own threads not included). */
    public static Duration nativeCpuTime() {
        return CLOCK.cpu();
    }

    /** Wall-clock time so far during which at least one thread was inside Helm's native calls. */
    public static Duration nativeBusyTime() {
        return CLOCK.busy();
    }

    /**
     * Loads the native library now, for instance on a background thread while the repository is being
     * read, so that the first render does not wait for it. Calling it again does nothing.
     */
    public void preload() {
        NativeHelm.library();
    }

    /** The embedded Helm version, e.g. {@code v3.21.0}. Loads the native library. */
    public String helmVersion() {
        HelmLib lib = NativeHelm.library();
        Result result = lib.Version();
        try {
            return result.out == null ? "" : result.out.strip();
        } finally {
            lib.Free(result);
        }
    }

    /** Renders one chart. Helm's errors (templates, values, dependencies) come back as failures. */
    public RenderResult render(RenderRequest request) {
        Path chartDir = request.chartDir().toAbsolutePath().normalize();
        if (!Files.isRegularFile(chartDir.resolve(ChartMetadata.CHART_FILE))) {
            return RenderResult.failure("Chart.yaml file is missing in " + chartDir);
        }
        ChartSetup setup = setUp(new ChartKey(chartDir, !request.skipCrds()));
        if (setup.error() != null) {
            return RenderResult.failure(setup.error());
        }
        try (RenderInputs inputs = RenderInputs.of(request, work, true)) {
            RenderResult raw = template(setup.renderDirectory(), request, inputs);
            boolean unmask = setup.prepared() != null || inputs.masked();
            if (!raw.succeeded()) {
                String message = inputs.restorePaths(raw.error());
                if (setup.prepared() != null) {
                    message = message.replace(setup.renderDirectory().toString(), chartDir.toString());
                }
                return RenderResult.failure(unmask ? HookMask.unmask(message) : message, raw.helmTime());
            }
            String manifest = setup.prepared() == null ? raw.manifest() : setup.prepared().restoreSources(raw.manifest());
            return RenderResult.success(unmask ? HookMask.unmask(manifest) : manifest, raw.helmTime());
        } catch (IOException e) {
            return RenderResult.failure("Cannot prepare the values for " + chartDir + ": " + e.getMessage());
        }
    }

    /** Renders a chart the engine generated itself: no preparation, no masking. */
    RenderResult renderGenerated(RenderRequest request) {
        try (RenderInputs inputs = RenderInputs.of(request, work, false)) {
            return template(request.chartDir().toAbsolutePath().normalize(), request, inputs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path newScratchDirectory(String kind) throws IOException {
        return work.newDirectory(kind);
    }

    /** Forgets every chart read so far, for callers whose charts change during the engine's life. */
    public void forgetCharts() {
        charts.clear();
    }

    private RenderResult template(Path chartDirectory, RenderRequest request, RenderInputs inputs) {
        HelmLib lib = NativeHelm.library();
        TemplateOptions options = new TemplateOptions(
                request.releaseName(), null, chartDirectory.toString(), emptyToNull(request.namespace()),
                emptyToNull(request.kubeVersion()), 0, request.skipCrds() ? 1 : 0,
                inputs.sets(), inputs.setFiles(), inputs.valueFiles(),
                null, null, null, 0, 0, null, 0, null);
        NativeClock.Start start = CLOCK.enter();
        Result result;
        Duration elapsed;
        try {
            result = lib.Template(options);
        } finally {
            elapsed = CLOCK.leave(start);
        }
        try {
            if (result.err != null && !result.err.isBlank()) {
                return RenderResult.failure(cleanError(result.err), elapsed);
            }
            return RenderResult.success(result.out == null ? "" : result.out, elapsed);
        } finally {
            lib.Free(result);
        }
    }

    private ChartSetup setUp(ChartKey key) {
        FutureTask<ChartSetup> task = new FutureTask<>(() -> prepare(key));
        Future<ChartSetup> existing = charts.putIfAbsent(key, task);
        if (existing == null) {
            task.run();
            existing = task;
        }
        try {
            return existing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ChartSetup.failed("Interrupted while reading chart " + key.directory());
        } catch (ExecutionException e) {
            return ChartSetup.failed("Cannot read chart " + key.directory() + ": " + e.getCause().getMessage());
        }
    }

    private ChartSetup prepare(ChartKey key) {
        try {
            ChartTree tree = ChartTree.read(key.directory());
            if (!tree.needsPreparedCopy(key.includeCrds())) {
                return new ChartSetup(key.directory(), null, null);
            }
            Path copy = work.newDirectory("chart").resolve(key.directory().getFileName().toString());
            PreparedChart prepared = PreparedChart.write(tree, copy, key.includeCrds());
            return new ChartSetup(copy, prepared, null);
        } catch (IOException | UncheckedIOException e) {
            return ChartSetup.failed("Cannot read chart " + key.directory() + ": " + e.getMessage());
        }
    }

    private static String cleanError(String error) {
        String message = error.strip();
        if (message.endsWith(DEBUG_HINT)) {
            message = message.substring(0, message.length() - DEBUG_HINT.length()).strip();
        }
        return message;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private record ChartKey(Path directory, boolean includeCrds) {
    }

    /** Where to render a chart from; {@code prepared} is null when the chart is used as it is. */
    private record ChartSetup(Path renderDirectory, PreparedChart prepared, String error) {
        static ChartSetup failed(String error) {
            return new ChartSetup(null, null, error);
        }
    }
}
