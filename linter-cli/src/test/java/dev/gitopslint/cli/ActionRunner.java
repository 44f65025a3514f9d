package dev.gitopslint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Runs the script steps of a composite action the way a GitHub runner does: expressions substituted,
 * each step's {@code env}, {@code INPUT_*} variables, {@code bash --noprofile --norc -eo pipefail},
 * {@code GITHUB_OUTPUT} read back into {@code steps.<id>.outputs}, and no step after a failed one.
 */
final class ActionRunner {

    static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*([^}]*?)\\s*}}");

    record Step(String id, int exitCode, String log, Map<String, String> outputs) {
    }

    private final Map<String, Object> action;
    private final Path actionPath;

    ActionRunner(Path actionYml) throws IOException {
        this.action = load(actionYml);
        this.actionPath = actionYml.toAbsolutePath().getParent();
    }

    static Map<String, Object> load(Path yaml) throws IOException {
        return map(new Load(LoadSettings.builder().build()).loadFromString(Files.readString(yaml)));
    }

    Map<String, Object> definition() {
        return action;
    }

    /** Runs the steps with {@code given} inputs (the rest take their defaults) in {@code workspace}. */
    List<Step> run(Map<String, String> given, Path workspace, Path runnerTemp, Map<String, String> extraEnv)
            throws IOException, InterruptedException {
        return run(given, workspace, runnerTemp, extraEnv, null);
    }

    /** Like {@link #run(Map, Path, Path, Map)}, stopping after the step {@code lastStepId}. */
    List<Step> run(Map<String, String> given, Path workspace, Path runnerTemp, Map<String, String> extraEnv,
            String lastStepId) throws IOException, InterruptedException {
        Map<String, String> inputs = inputs(given);
        Map<String, Map<String, String>> stepOutputs = new HashMap<>();
        List<Step> done = new ArrayList<>();
        for (Object raw : list(map(action.get("runs")).get("steps"))) {
            Map<String, Object> step = map(raw);
            String id = String.valueOf(step.getOrDefault("id", "step" + done.size()));
            Map<String, String> env = new HashMap<>(extraEnv);
            inputs.forEach((name, value) -> env.put("INPUT_" + name.replace(' ', '_').toUpperCase(Locale.ROOT), value));
            Path output = Files.createTempFile(runnerTemp, "github-output", "");
            env.put("GITHUB_OUTPUT", output.toString());
            env.put("GITHUB_WORKSPACE", workspace.toString());
            env.put("GITHUB_ACTION_PATH", actionPath.toString());
            env.put("RUNNER_TEMP", runnerTemp.toString());
            map(step.getOrDefault("env", Map.of())).forEach((name, value) ->
                    env.put(name, substitute(String.valueOf(value), inputs, stepOutputs)));
            Path script = Files.createTempFile(runnerTemp, "step", ".sh");
            Files.writeString(script, substitute(String.valueOf(step.get("run")), inputs, stepOutputs));
            Processes.Result result = Processes.run(workspace, env,
                    List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString()));
            Map<String, String> outputs = readOutputs(output);
            stepOutputs.put(id, outputs);
            done.add(new Step(id, result.exitCode(), result.output(), outputs));
            if (result.exitCode() != 0 || id.equals(lastStepId)) {
                break;
            }
        }
        return done;
    }

    private Map<String, String> inputs(Map<String, String> given) {
        Map<String, String> inputs = new LinkedHashMap<>();
        map(action.get("inputs")).forEach((name, spec) -> inputs.put(name,
                given.getOrDefault(name, String.valueOf(map(spec).getOrDefault("default", "")))));
        for (String name : given.keySet()) {
            if (!inputs.containsKey(name)) {
                throw new IllegalArgumentException("the action has no input " + name);
            }
        }
        return inputs;
    }

    /** Replaces the expressions this action may use; any other expression is an error of the action. */
    private String substitute(String text, Map<String, String> inputs, Map<String, Map<String, String>> steps) {
        Matcher matcher = EXPRESSION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String expression = matcher.group(1);
            String value;
            if (expression.startsWith("inputs.")) {
                value = inputs.get(expression.substring("inputs.".length()));
            } else if (expression.equals("github.action_path")) {
                value = actionPath.toString();
            } else if (expression.matches("steps\\.[\\w-]+\\.outputs\\.[\\w-]+")) {
                String[] parts = expression.split("\\.");
                value = steps.getOrDefault(parts[1], Map.of()).getOrDefault(parts[3], "");
            } else {
                throw new IllegalStateException("unsupported expression in the action: " + matcher.group());
            }
            if (value == null) {
                throw new IllegalStateException("undeclared input in the action: " + matcher.group());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** {@code name=value} lines, and the {@code name<<DELIMITER} form for multi-line values. */
    private static Map<String, String> readOutputs(Path file) throws IOException {
        Map<String, String> outputs = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int heredoc = line.indexOf("<<");
            int equals = line.indexOf('=');
            if (heredoc > 0 && (equals < 0 || heredoc < equals)) {
                String delimiter = line.substring(heredoc + 2);
                StringBuilder value = new StringBuilder();
                while (++i < lines.size() && !lines.get(i).equals(delimiter)) {
                    value.append(value.isEmpty() ? "" : "\n").append(lines.get(i));
                }
                outputs.put(line.substring(0, heredoc), value.toString());
            } else if (equals > 0) {
                outputs.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return outputs;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}
