package dev.gitopslint.core.render.helm;

import dev.gitopslint.core.concurrent.InOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluates ApplicationSet Go templates ({@code goTemplate: true}) with Go's text/template and Sprig as
 * embedded in Helm, many at a time.
 *
 * <p>All jobs of a call (of a part, when a large call is split over threads) go into one generated
 * chart, rendered once: each distinct template becomes a named template ({@code define}) in its own
 * file, the parameter sets are chart files read with
 * {@code fromJson} (so they reach the template exactly as JSON decoding gives them to Argo CD, nulls
 * included), and one output line per job calls {@code include "<template>" <params>} and base64-encodes
 * the result, which keeps Go's {@code <no value>} (that Helm would otherwise strip) and any
 * whitespace intact. Helm stops at the first failing template; the error names the file (parse
 * errors) or the output line (execution errors), so that job gets the error and the rest is rendered
 * again.
 *
 * <p>{@code missingkey=error}: Helm always executes with {@code missingkey=zero} and offers no strict
 * mode ({@code helm lint --strict} does not change it either). With map data, Go prints a missing key
 * as {@code <no value>}, as Argo CD does without the option, so a job with {@code missingKeyError}
 * fails when its output contains a {@code <no value>} that does not come from a parameter present with
 * a null value (Go prints both alike; a second evaluation with the nulls marked tells them apart). A
 * missing key that is only tested ({@code if}) or passed to a function ({@code default}) is not detected,
 * where Argo CD would fail. See
 * {@link GoTemplateFunctions} for the function differences.
 */
public final class GoTemplates {

    static final String NO_VALUE = "<no value>";
    /** Stands in for a null parameter when telling a printed null from a missing key. */
    private static final String NULL_MARKER = "gitops-lint:null";
    private static final String CHART_NAME = "gitopslint-eval";
    private static final String TEMPLATE_PREFIX = "gitopslint.t";
    private static final int HEADER_LINES = 1;
    private static final int PARAMS_FILE_BYTES = 1 << 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PARSE_ERROR = Pattern.compile(
            "parse error at \\(" + CHART_NAME + "/templates/_t(\\d+)\\.tpl:(\\d+)\\): (.*)", Pattern.DOTALL);
    private static final Pattern EXEC_LOCATION = Pattern.compile(CHART_NAME + "/templates/out\\.yaml:(\\d+):");
    private static final Pattern HELM_MESSAGE = Pattern.compile(
            "execution error at \\(" + CHART_NAME + "/templates/out\\.yaml:\\d+:\\d+\\): (.*)", Pattern.DOTALL);
    private static final String INCLUDE_ERROR = "error calling include: ";
    private static final Pattern TEMPLATE_POSITION = Pattern.compile(
            Pattern.quote(CHART_NAME + "/templates/_t") + "(\\d+)\\.tpl:(\\d+):(\\d+)");

    /** Fewer jobs than this are not worth a second Helm call: each call costs a chart load. */
    private static final int MIN_JOBS_PER_PART = 256;

    private final HelmEngine engine;
    /** Where parts of a large evaluation run; null: everything on the calling thread. */
    private final ExecutorService executor;
    private final int threads;

    /** Evaluates on the calling thread. */
    public GoTemplates(HelmEngine engine) {
        this(engine, null, 1);
    }

    /**
     * Evaluates many jobs in parts, one Helm call per thread of {@code executor}. Only for callers
     * outside that executor's threads: they wait for the parts. The results are those of one call,
     * except after an error Helm ties to no job (not seen in practice), which fails the first job of
     * its part rather than of the whole list.
     */
    public GoTemplates(HelmEngine engine, ExecutorService executor, int threads) {
        this.engine = engine;
        this.executor = executor;
        this.threads = threads;
    }

    /** Evaluates {@code jobs}; results are in the same order. */
    public List<TemplateResult> evaluate(List<TemplateJob> jobs) {
        int parts = executor == null ? 1 : Math.min(threads, jobs.size() / MIN_JOBS_PER_PART);
        if (parts <= 1) {
            return evaluateTogether(jobs);
        }
        List<List<TemplateJob>> split = new ArrayList<>();
        int size = (jobs.size() + parts - 1) / parts;
        for (int start = 0; start < jobs.size(); start += size) {
            split.add(jobs.subList(start, Math.min(jobs.size(), start + size)));
        }
        List<TemplateResult> results = new ArrayList<>(jobs.size());
        InOrder.map(executor, split, this::evaluateTogether).forEach(results::addAll);
        return results;
    }

    /** Evaluates {@code jobs} on this thread, in one Helm call unless some fail. */
    private List<TemplateResult> evaluateTogether(List<TemplateJob> jobs) {
        TemplateResult[] results = new TemplateResult[jobs.size()];
        List<Pending> pending = new ArrayList<>();
        Map<Map<String, ?>, String> json = new IdentityHashMap<>();
        for (int i = 0; i < jobs.size(); i++) {
            TemplateJob job = jobs.get(i);
            if (!job.template().contains("{{")) {
                results[i] = TemplateResult.ok(job.template()); // no action: Go prints the text as it is
                continue;
            }
            GoTemplateFunctions.Inspection inspection = GoTemplateFunctions.inspect(job.template());
            if (inspection.failure() != null) {
                results[i] = inspection.failure();
            } else {
                String params = json.computeIfAbsent(job.params(), JSON::writeValueAsString);
                pending.add(new Pending(i, inspection.template(), params));
            }
        }
        while (!pending.isEmpty()) {
            pending = renderBatch(pending, jobs, results);
        }
        failReadsOfMissingKeys(jobs, results);
        return List.of(results);
    }

    /**
     * Under {@code missingkey=error}, a printed {@code <no value>} is a missing key, unless the job's
     * parameters hold nulls: Go prints a present null the same way, and Argo CD accepts it. Those jobs
     * are evaluated again with every null replaced by a marker; a {@code <no value>} that remains is a
     * missing key, one that goes away came from a null and the first output stands.
     */
    private void failReadsOfMissingKeys(List<TemplateJob> jobs, TemplateResult[] results) {
        List<Integer> withNulls = new ArrayList<>();
        List<TemplateJob> again = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            TemplateJob job = jobs.get(i);
            if (!job.missingKeyError() || !results[i].succeeded() || !results[i].output().contains(NO_VALUE)) {
                continue;
            }
            if (containsNull(job.params())) {
                withNulls.add(i);
                again.add(new TemplateJob(job.template(), withMarkersForNulls(job.params()), false));
            } else {
                results[i] = missingKey(results[i].output());
            }
        }
        if (again.isEmpty()) {
            return;
        }
        List<TemplateResult> rerun = evaluateTogether(again);
        for (int k = 0; k < withNulls.size(); k++) {
            TemplateResult second = rerun.get(k);
            if (!second.succeeded() || second.output().contains(NO_VALUE)) {
                int index = withNulls.get(k);
                results[index] = missingKey(results[index].output());
            }
        }
    }

    private static TemplateResult missingKey(String output) {
        return TemplateResult.failed("template: map has no entry for a key the template reads (missingkey=error):"
                + " output was " + GoStrings.quote(output));
    }

    private static boolean containsNull(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(GoTemplates::containsNull);
        }
        return value instanceof List<?> list && list.stream().anyMatch(GoTemplates::containsNull);
    }

    private static Map<String, Object> withMarkersForNulls(Map<String, ?> params) {
        Map<String, Object> copy = new LinkedHashMap<>();
        params.forEach((key, value) -> copy.put(key, markNulls(value)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object markNulls(Object value) {
        if (value == null) {
            return NULL_MARKER;
        }
        if (value instanceof Map<?, ?> map) {
            return withMarkersForNulls((Map<String, ?>) map);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(GoTemplates::markNulls).toList();
        }
        return value;
    }

    /** Evaluates {@code jobs} with one {@code missingkey=error} setting for all of them. */
    public List<TemplateResult> evaluate(List<TemplateJob> jobs, boolean missingKeyError) {
        return evaluate(jobs.stream()
                .map(job -> new TemplateJob(job.template(), job.params(), missingKeyError))
                .toList());
    }

    /** Whether Go would run with {@code missingkey=error} given these options (the last one wins). */
    public static boolean missingKeyError(List<String> goTemplateOptions) {
        boolean error = false;
        for (String option : goTemplateOptions) {
            if (option.startsWith("missingkey=")) {
                error = option.equals("missingkey=error");
            }
        }
        return error;
    }

    /** Renders {@code batch}, fills in results, and returns the jobs that still need a render. */
    private List<Pending> renderBatch(List<Pending> batch, List<TemplateJob> jobs, TemplateResult[] results) {
        EvaluationChart chart = EvaluationChart.of(batch);
        Path directory = null;
        try {
            directory = engine.newScratchDirectory("eval");
            chart.write(directory);
            RenderResult rendered = engine.renderGenerated(RenderRequest.builder(directory, "gitopslint").build());
            if (rendered.succeeded()) {
                Map<Integer, String> outputs = chart.outputs(rendered.manifest());
                for (int k = 0; k < batch.size(); k++) {
                    Pending job = batch.get(k);
                    results[job.index()] = finish(outputs.get(k), jobs.get(job.index()));
                }
                return List.of();
            }
            return withoutFailed(batch, rendered.error(), chart, results);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the template evaluation chart", e);
        } finally {
            if (directory != null) {
                WorkDirectory.deleteQuietly(directory);
            }
        }
    }

    private static TemplateResult finish(String output, TemplateJob job) {
        if (output == null) {
            return TemplateResult.failed("template: no output");
        }
        return TemplateResult.ok(output);
    }

    private static List<Pending> withoutFailed(List<Pending> batch, String error, EvaluationChart chart,
                                               TemplateResult[] results) {
        Matcher parse = PARSE_ERROR.matcher(error);
        if (parse.find()) {
            String failedTemplate = chart.templateText(Integer.parseInt(parse.group(1)));
            TemplateResult failure = TemplateResult.failed("template: :" + parse.group(2) + ": " + parse.group(3));
            List<Pending> rest = new ArrayList<>();
            for (Pending job : batch) {
                if (job.template().equals(failedTemplate)) {
                    results[job.index()] = failure;
                } else {
                    rest.add(job);
                }
            }
            if (rest.size() < batch.size()) {
                return rest;
            }
        }
        Matcher location = EXEC_LOCATION.matcher(error);
        int failed = location.find() ? Integer.parseInt(location.group(1)) - HEADER_LINES - 1 : -1;
        if (failed < 0 || failed >= batch.size()) {
            // Not attributable to one job: mark the first and go on one step at a time.
            failed = 0;
        }
        results[batch.get(failed).index()] = TemplateResult.failed(executionMessage(error));
        List<Pending> rest = new ArrayList<>(batch);
        rest.remove(failed);
        return rest;
    }

    /** Go's own message, in the shape Argo CD reports it ({@code template: :1:3: executing "" at <...>: ...}). */
    private static String executionMessage(String error) {
        int include = error.lastIndexOf(INCLUDE_ERROR);
        if (include >= 0) {
            String message = error.substring(include + INCLUDE_ERROR.length())
                    .replaceAll(Pattern.quote(TEMPLATE_PREFIX) + "\\d+", "");
            // Positions on the first line count the define that wraps the template: take it off.
            Matcher position = TEMPLATE_POSITION.matcher(message);
            StringBuilder out = new StringBuilder();
            while (position.find()) {
                int line = Integer.parseInt(position.group(2));
                int column = Integer.parseInt(position.group(3));
                if (line == 1) {
                    column -= defineOpening(Integer.parseInt(position.group(1))).length();
                }
                position.appendReplacement(out, ":" + line + ":" + column);
            }
            return position.appendTail(out).toString();
        }
        Matcher helm = HELM_MESSAGE.matcher(error);
        if (helm.find()) {
            return helm.group(1);
        }
        return error;
    }

    private static String defineOpening(int template) {
        return "{{ define \"" + TEMPLATE_PREFIX + template + "\" }}";
    }

    private record Pending(int index, String template, String paramsJson) {
    }

    /** The generated chart for one batch, and how to read its output back. */
    private static final class EvaluationChart {
        private final List<String> templates = new ArrayList<>();
        private final List<String> paramSets = new ArrayList<>();
        private final List<int[]> lines = new ArrayList<>();

        static EvaluationChart of(List<Pending> batch) {
            EvaluationChart chart = new EvaluationChart();
            Map<String, Integer> templateIds = new HashMap<>();
            Map<String, Integer> paramIds = new HashMap<>();
            for (Pending job : batch) {
                int template = templateIds.computeIfAbsent(job.template(), text -> {
                    chart.templates.add(text);
                    return chart.templates.size() - 1;
                });
                int params = paramIds.computeIfAbsent(job.paramsJson(), json -> {
                    chart.paramSets.add(json);
                    return chart.paramSets.size() - 1;
                });
                chart.lines.add(new int[] {template, params});
            }
            return chart;
        }

        String templateText(int id) {
            return id < templates.size() ? templates.get(id) : null;
        }

        void write(Path directory) throws IOException {
            Path templatesDir = Files.createDirectories(directory.resolve("templates"));
            Files.writeString(directory.resolve("Chart.yaml"),
                    "apiVersion: v2\nname: " + CHART_NAME + "\nversion: 0.0.0\n");
            Files.writeString(templatesDir.resolve("_gitopslint.tpl"), GoTemplateFunctions.NORMALIZE_DEFINITION);
            for (int t = 0; t < templates.size(); t++) {
                // No trim markers: the template's own leading and trailing whitespace must survive.
                Files.writeString(templatesDir.resolve("_t" + t + ".tpl"),
                        defineOpening(t) + templates.get(t) + "{{ end }}");
            }
            List<Integer> fileOfParams = writeParams(Files.createDirectories(directory.resolve("params")));
            StringBuilder out = new StringBuilder();
            int files = fileOfParams.isEmpty() ? 0 : fileOfParams.get(fileOfParams.size() - 1) + 1;
            for (int f = 0; f < files; f++) {
                out.append("{{- $p").append(f).append(" := .Files.Get \"params/").append(f)
                        .append(".json\" | fromJson }}");
            }
            out.append('\n');
            for (int k = 0; k < lines.size(); k++) {
                int[] line = lines.get(k);
                out.append('j').append(k).append(": {{ include \"").append(TEMPLATE_PREFIX).append(line[0])
                        .append("\" (index $p").append(fileOfParams.get(line[1])).append(" \"p").append(line[1])
                        .append("\") | b64enc }}\n");
            }
            Files.writeString(templatesDir.resolve("out.yaml"), out.toString());
        }

        /** Writes the parameter sets into files of about 1 MiB (Helm limits the size of a chart file). */
        private List<Integer> writeParams(Path paramsDir) throws IOException {
            List<Integer> fileOfParams = new ArrayList<>();
            StringBuilder file = new StringBuilder("{");
            int fileIndex = 0;
            for (int p = 0; p < paramSets.size(); p++) {
                if (file.length() > 1 && file.length() + paramSets.get(p).length() > PARAMS_FILE_BYTES) {
                    Files.writeString(paramsDir.resolve(fileIndex + ".json"), file.append('}'), StandardCharsets.UTF_8);
                    file = new StringBuilder("{");
                    fileIndex++;
                }
                if (file.length() > 1) {
                    file.append(',');
                }
                file.append("\"p").append(p).append("\":").append(paramSets.get(p));
                fileOfParams.add(fileIndex);
            }
            Files.writeString(paramsDir.resolve(fileIndex + ".json"), file.append('}'), StandardCharsets.UTF_8);
            return fileOfParams;
        }

        /** Job number to decoded output, from the lines {@code j<k>: <base64>}. */
        Map<Integer, String> outputs(String manifest) {
            Map<Integer, String> outputs = new LinkedHashMap<>();
            for (String line : manifest.split("\n")) {
                int colon = line.indexOf(": ");
                if (line.startsWith("j") && colon > 1) {
                    try {
                        int job = Integer.parseInt(line.substring(1, colon));
                        outputs.put(job, decode(line.substring(colon + 2).strip()));
                    } catch (NumberFormatException notAJobLine) {
                        // Only job lines start with j and a number.
                    }
                } else if (line.startsWith("j") && line.endsWith(":")) {
                    try {
                        outputs.put(Integer.parseInt(line.substring(1, line.length() - 1)), "");
                    } catch (NumberFormatException notAJobLine) {
                        // Only job lines start with j and a number.
                    }
                }
            }
            return outputs;
        }

        private static String decode(String base64) {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        }
    }
}
