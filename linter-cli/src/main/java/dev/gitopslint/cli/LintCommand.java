package dev.gitopslint.cli;

import dev.gitopslint.core.GitOpsLinter;
import dev.gitopslint.core.config.ConfigException;
import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.report.JsonReporter;
import dev.gitopslint.core.report.Reporter;
import dev.gitopslint.core.report.TextReporter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "lint", description = "Lint a repository: every app in every environment.")
final class LintCommand implements Callable<Integer> {

    enum Format { text, json }

    enum FailOn { error, warning, info }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    RepositoryOptions repository;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (repeatable; paired in order with --output)")
    List<Format> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report of the same position's --format to FILE ('-' for stdout)")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when a finding is at or above: ${COMPLETION-CANDIDATES} (default: error)")
    FailOn failOn = FailOn.error;

    @Option(names = {"-q", "--quiet"}, description = "Text output: errors only")
    boolean quiet;

    @Option(names = "--no-color", description = "Never colour the text output")
    boolean noColor;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (outputs.size() > Math.max(1, formats.size())) {
            err.println("gitops-lint: more --output than --format options: pair each --output with a --format");
            return GitOpsLintCommand.EXIT_USAGE;
        }
        LintResult result;
        try {
            result = GitOpsLinter.withInstalledRules().lint(repository.request());
        } catch (ConfigException e) {
            e.problems().forEach(p -> err.println("gitops-lint: " + p));
            return GitOpsLintCommand.EXIT_USAGE;
        }
        List<Format> chosen = formats.isEmpty() ? List.of(Format.text) : formats;
        for (int i = 0; i < chosen.size(); i++) {
            String target = i < outputs.size() ? outputs.get(i) : "-";
            write(reporter(chosen.get(i), target), result, target);
        }
        return result.failsAt(Severity.valueOf(failOn.name().toUpperCase(java.util.Locale.ROOT)))
                ? GitOpsLintCommand.EXIT_FINDINGS : 0;
    }

    private Reporter reporter(Format format, String target) {
        return switch (format) {
            case json -> new JsonReporter();
            case text -> new TextReporter(colourWanted(target), quiet);
        };
    }

    private boolean colourWanted(String target) {
        return !noColor && target.equals("-") && System.console() != null && System.getenv("NO_COLOR") == null;
    }

    private void write(Reporter reporter, LintResult result, String target) throws IOException {
        if (target.equals("-")) {
            PrintWriter out = spec.commandLine().getOut();
            reporter.write(result, out);
            out.flush();
            return;
        }
        Path path = Path.of(target);
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        try (Writer writer = new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8)) {
            reporter.write(result, writer);
        }
    }
}
