package dev.gitopslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.testing.FileTrees;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The composite action in {@code action.yml}: its definition checked, its script steps run with bash. */
class GitHubActionTest {

    private static final Path CHECKOUT = CliRun.fixtures().getParent();
    private static final Set<String> INPUTS = Set.of("path", "config", "fail-on", "format", "baseline", "sarif-file",
            "version");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The launcher's start-up archive has its own test; making it here would only slow these down. */
    private static final Map<String, String> NO_ARCHIVE = Map.of("GITOPS_LINT_CDS", "off");

    @TempDir
    Path temp;

    @Test
    void theActionIsACompositeActionUsingEveryInputItDeclares() throws Exception {
        String text = Files.readString(CHECKOUT.resolve("action.yml"));
        Map<String, Object> action = ActionRunner.load(CHECKOUT.resolve("action.yml"));
        assertThat(action).containsKeys("name", "description", "inputs", "outputs", "runs");
        Map<String, Object> runs = ActionRunner.map(action.get("runs"));
        assertThat(runs.get("using")).isEqualTo("composite");

        Map<String, Object> inputs = ActionRunner.map(action.get("inputs"));
        assertThat(inputs.keySet()).containsExactlyInAnyOrderElementsOf(INPUTS);
        inputs.forEach((name, spec) -> assertThat(ActionRunner.map(spec)).as(name).containsKeys("description", "default"));

        Set<String> referenced = new TreeSet<>();
        Matcher expression = ActionRunner.EXPRESSION.matcher(text);
        while (expression.find()) {
            if (expression.group(1).startsWith("inputs.")) {
                referenced.add(expression.group(1).substring("inputs.".length()));
            }
        }
        assertThat(referenced).as("inputs used = inputs declared").isEqualTo(new TreeSet<>(INPUTS));

        List<Object> steps = ActionRunner.list(runs.get("steps"));
        Set<String> ids = new TreeSet<>();
        for (Object raw : steps) {
            Map<String, Object> step = ActionRunner.map(raw);
            assertThat(step).containsKeys("name", "id", "shell", "run");
            assertThat(step.get("shell")).isEqualTo("bash");
            assertThat(String.valueOf(step.get("run"))).as("inputs reach scripts through env, never pasted into them")
                    .doesNotContain("${{");
            ids.add(String.valueOf(step.get("id")));
            Path script = Files.writeString(temp.resolve(step.get("id") + ".sh"), String.valueOf(step.get("run")));
            Processes.Result syntax = Processes.run(temp, Map.of(), List.of("bash", "-n", script.toString()));
            assertThat(syntax.exitCode()).as(syntax.output()).isZero();
        }
        ActionRunner.map(action.get("outputs")).forEach((name, spec) -> {
            String value = String.valueOf(ActionRunner.map(spec).get("value"));
            Matcher ref = java.util.regex.Pattern.compile("\\$\\{\\{ steps\\.([\\w-]+)\\.outputs\\.([\\w-]+) }}")
                    .matcher(value);
            assertThat(ref.matches()).as(name + ": " + value).isTrue();
            assertThat(ids).contains(ref.group(1));
            String run = steps.stream().map(ActionRunner::map).filter(s -> s.get("id").equals(ref.group(1)))
                    .map(s -> String.valueOf(s.get("run"))).findFirst().orElseThrow();
            assertThat(run).as("step %s writes output %s", ref.group(1), ref.group(2))
                    .contains("echo \"" + ref.group(2) + "=");
        });
    }

    @Test
    void theExampleWorkflowUploadsTheSarifFileTheActionWrites() throws Exception {
        Map<String, Object> workflow = ActionRunner.load(CHECKOUT.resolve("docs/examples/gitops-lint-workflow.yml"));
        assertThat(ActionRunner.map(workflow.get("permissions"))).containsEntry("security-events", "write");
        List<Map<String, Object>> steps = ActionRunner.map(ActionRunner.map(workflow.get("jobs")).values().iterator()
                .next()).entrySet().stream().filter(e -> e.getKey().equals("steps"))
                .flatMap(e -> ActionRunner.list(e.getValue()).stream()).map(ActionRunner::map).toList();
        Map<String, Object> lint = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("gitops-lint/"))
                .findFirst().orElseThrow();
        Map<String, Object> upload = steps.stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("github/codeql-action/upload-sarif@"))
                .findFirst().orElseThrow();
        assertThat(INPUTS).containsAll(ActionRunner.map(lint.get("with")).keySet());
        String sarif = String.valueOf(ActionRunner.map(lint.get("with")).get("sarif-file"));
        assertThat(ActionRunner.map(upload.get("with"))).containsEntry("sarif_file", sarif);
        assertThat(String.valueOf(upload.get("if"))).contains("always()").contains("hashFiles('" + sarif + "')");
    }

    @Test
    void setUpRunsTheActionsOwnBuildAJarOrTheInstalledCommand() throws Exception {
        Path action = actionCheckout();
        ActionRunner runner = new ActionRunner(action.resolve("action.yml"));
        Path jar = action.resolve("linter-cli/target/gitops-lint.jar");

        ActionRunner.Step source = setUp(runner, "source", Map.of());
        assertThat(source.exitCode()).as(source.log()).isZero();
        assertThat(source.outputs()).containsEntry("command", action.resolve("bin/gitops-lint").toString());
        assertThat(source.log()).contains("gitops-lint ");

        ActionRunner.Step path = setUp(runner, jar.toString(), Map.of());
        assertThat(path.exitCode()).as(path.log()).isZero();
        assertThat(path.log()).contains("gitops-lint ");

        Path bin = temp.resolve("path-bin");
        Path installed = Processes.linterOnPath(bin);
        ActionRunner.Step onPath = setUp(runner, "installed",
                Map.of("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH")));
        assertThat(onPath.exitCode()).as(onPath.log()).isZero();
        assertThat(onPath.outputs()).containsEntry("command", installed.toString());

        ActionRunner.Step missing = setUp(runner, "installed", Map.of());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.log()).contains("::error title=gitops-lint::version 'installed' but there is no gitops-lint");

        ActionRunner.Step wrong = setUp(runner, "2.0", Map.of());
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.log()).contains("::error title=gitops-lint::version must be 'source', 'installed'");

        if (Processes.onPath("curl")) {
            ActionRunner.Step url = setUp(runner, jar.toUri().toString(), Map.of());
            assertThat(url.exitCode()).as(url.log()).isZero();
            assertThat(url.log()).contains("gitops-lint ");
        }
    }

    @Test
    void lintsTheSampleRepositoryIntoAnnotationsSarifAndAFailure() throws Exception {
        Path workspace = FileTrees.copy(CliRun.fixtures().resolve("repos/ameide-sample"), temp.resolve("workspace"));
        ActionRunner runner = new ActionRunner(actionCheckout().resolve("action.yml"));
        List<ActionRunner.Step> steps = runner.run(Map.of("format", "json"), workspace, runnerTemp(), NO_ARCHIVE);

        assertThat(steps).extracting(ActionRunner.Step::id).containsExactly("setup", "lint");
        ActionRunner.Step lint = steps.get(1);
        assertThat(lint.exitCode()).as(lint.log()).isEqualTo(1);
        assertThat(lint.outputs()).containsEntry("exit-code", "1").containsEntry("sarif-file", "gitops-lint.sarif");

        // One run, three formats: the JSON in the log, one annotation per finding, one SARIF result per finding.
        String log = lint.log();
        JsonNode findings = JSON.readTree(log.substring(log.indexOf("{\n"), log.indexOf("\n}\n") + 2)).get("findings");
        assertThat(findings.size()).isGreaterThan(5);
        assertThat(log.lines().filter(line -> line.matches("::(error|warning|notice) .*"))).hasSize(findings.size());
        JsonNode first = findings.get(0);
        assertThat(log).containsPattern("(?m)^::" + command(first.get("severity").asString()) + " file="
                + first.get("file").asString() + ",line=" + first.get("line").asInt() + "\\b.*title="
                + first.get("ruleId").asString() + "::");
        JsonNode sarif = JSON.readTree(workspace.resolve("gitops-lint.sarif").toFile());
        assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
        assertThat(sarif.get("runs").get(0).get("results").size()).isEqualTo(findings.size());
    }

    @Test
    void aRepositoryInASubdirectoryIsAnnotatedAtItsPathInTheCheckoutFailOnAndBaselineAreHonoured() throws Exception {
        Path workspace = temp.resolve("checkout");
        Path repo = FileTrees.copy(CHECKOUT.resolve("fixtures/startup/one-component"),
                workspace.resolve("deploy/gitops"));
        Files.writeString(repo.resolve("values/env/dev/apps/api.yaml"), "replicaCount: 1\nresources: {}\n");
        Path bin = temp.resolve("path-bin");
        Processes.linterOnPath(bin);
        Map<String, String> env = Map.of("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"),
                "GITOPS_LINT_CDS", "off");
        ActionRunner runner = new ActionRunner(actionCheckout().resolve("action.yml"));

        List<ActionRunner.Step> passed = runner.run(Map.of("version", "installed", "path", "deploy/gitops",
                "sarif-file", "out/lint.sarif"), workspace, runnerTemp(), env);
        assertThat(passed.get(1).exitCode()).as(passed.get(1).log()).isZero();
        assertThat(passed.get(1).log()).contains("::warning file=deploy/gitops/values/env/dev/apps/api.yaml,line=2");
        assertThat(JSON.readTree(workspace.resolve("out/lint.sarif").toFile()).toString())
                .contains("deploy/gitops/values/env/dev/apps/api.yaml");

        List<ActionRunner.Step> failed = runner.run(Map.of("version", "installed", "path", "deploy/gitops",
                "fail-on", "warning", "sarif-file", ""), workspace, runnerTemp(), env);
        assertThat(failed.get(1).exitCode()).isEqualTo(1);
        assertThat(failed.get(1).outputs()).containsEntry("exit-code", "1").containsEntry("sarif-file", "");

        assertThat(CliRun.of("baseline", "create", repo.toString(), "--output",
                workspace.resolve("baseline.json").toString()).exitCode()).isZero();
        List<ActionRunner.Step> baselined = runner.run(Map.of("version", "installed", "path", "deploy/gitops",
                "fail-on", "warning", "baseline", "baseline.json"), workspace, runnerTemp(), env);
        assertThat(baselined.get(1).exitCode()).as(baselined.get(1).log()).isZero();
        assertThat(baselined.get(1).log()).doesNotContain("::warning file=");
    }

    /** The workflow command GitHub annotates a severity with. */
    private static String command(String severity) {
        return severity.equals("info") ? "notice" : severity;
    }

    private ActionRunner.Step setUp(ActionRunner runner, String version, Map<String, String> env) throws Exception {
        Map<String, String> all = new HashMap<>(NO_ARCHIVE);
        all.putAll(env);
        List<ActionRunner.Step> steps = runner.run(Map.of("version", version), temp, runnerTemp(), all, "setup");
        assertThat(steps).hasSize(1);
        return steps.get(0);
    }

    private Path runnerTemp() throws IOException {
        return Files.createTempDirectory(temp, "runner-temp");
    }

    /**
     * The action as a runner checks it out: {@code action.yml} and the launcher, with a runnable jar in
     * place of the one a build would make (its manifest class path is this test's class path).
     */
    private Path actionCheckout() throws IOException {
        Path action = temp.resolve("action");
        Files.createDirectories(action.resolve("bin"));
        Files.createDirectories(action.resolve("linter-cli/target"));
        Files.copy(CHECKOUT.resolve("action.yml"), action.resolve("action.yml"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(CHECKOUT.resolve("bin/gitops-lint"), action.resolve("bin/gitops-lint"),
                StandardCopyOption.REPLACE_EXISTING);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, GitOpsLintCommand.class.getName());
        StringBuilder classPath = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            classPath.append(classPath.isEmpty() ? "" : " ").append(Path.of(entry).toUri());
        }
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath.toString());
        try (OutputStream out = Files.newOutputStream(action.resolve("linter-cli/target/gitops-lint.jar"));
                JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return action;
    }
}
