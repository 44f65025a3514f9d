package dev.gitopslint.cli;

import dev.gitopslint.core.GitOpsLinter;
import dev.gitopslint.core.baseline.Baseline;
import dev.gitopslint.core.baseline.BaselineException;
import dev.gitopslint.core.baseline.BaselineFile;
import dev.gitopslint.core.config.ConfigException;
import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.report.CheckoutPrefix;
import dev.gitopslint.core.report.ReportFormat;
import dev.gitopslint.core.report.ReportSettings;
import dev.gitopslint.core.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "lint", description = "Lint a repository: every app in every environment.")
final class LintCommand implements Callable<Integer> {

    enum Format { text, json, sarif, github, junit }

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

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Accept the findings listed in FILE (from 'baseline create'): they are reported as "
                    + "baselined and do not fail the run")
    Path baseline;

    @Option(names = "--path-prefix", paramLabel = "PREFIX",
            description = "Put PREFIX in front of file paths in sarif and github output, for a repository in a "
                    + "subdirectory of the checkout (default: its path under $GITHUB_WORKSPACE, if there)")
    String pathPrefix;

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
        Optional<Baseline> accepted;
        try {
            accepted = baseline == null ? Optional.empty() : Optional.of(BaselineFile.read(baseline));
        } catch (BaselineException e) {
            err.println("gitops-lint: " + e.getMessage());
            return GitOpsLintCommand.EXIT_USAGE;
        }
        GitOpsLinter linter = GitOpsLinter.withInstalledRules();
        LintResult result;
        try {
            result = linter.lint(repository.request());
        } catch (ConfigException e) {
            e.problems().forEach(p -> err.println("gitops-lint: " + p));
            return GitOpsLintCommand.EXIT_USAGE;
        }
        if (accepted.isPresent()) {
            result = accepted.get().applyTo(result, baseline.toString());
        }
        ReportSettings settings = ReportSettings.of(repository.repository, linter.rules(), Version.current())
                .withPathPrefix(pathPrefix != null ? pathPrefix
                        : CheckoutPrefix.detect(repository.repository, System.getenv()))
                .withQuiet(quiet);
        List<Format> chosen = formats.isEmpty() ? List.of(Format.text) : formats;
        for (int i = 0; i < chosen.size(); i++) {
            String target = i < outputs.size() ? outputs.get(i) : "-";
            Reports reports = new Reports(settings.withColour(colourWanted(target)));
            ReportFormat format = ReportFormat.parse(chosen.get(i).name());
            if (target.equals("-")) {
                reports.write(result, format, spec.commandLine().getOut());
                continue;
            }
            try {
                reports.write(result, format, Path.of(target));
            } catch (IOException | InvalidPathException e) {
                err.println("gitops-lint: cannot write the " + format.id() + " report to " + target + ": " + e);
                return GitOpsLintCommand.EXIT_USAGE;
            }
        }
        return result.failsAt(Severity.valueOf(failOn.name().toUpperCase(Locale.ROOT)))
                ? GitOpsLintCommand.EXIT_FINDINGS : 0;
    }

    private boolean colourWanted(String target) {
        return !noColor && target.equals("-") && System.console() != null && System.getenv("NO_COLOR") == null;
    }
}
