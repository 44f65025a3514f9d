package dev.gitopslint.cli;

import dev.gitopslint.core.GitOpsLinter;
import dev.gitopslint.core.baseline.Baseline;
import dev.gitopslint.core.baseline.BaselineFile;
import dev.gitopslint.core.config.ConfigException;
import dev.gitopslint.core.engine.LintResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "create", description = "Lint the repository and write every finding's fingerprint to a baseline file.")
final class BaselineCreateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    RepositoryOptions repository;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write it ('-' for stdout; default: DIR/" + BaselineFile.DEFAULT_NAME + ")")
    String output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        LintResult result;
        try {
            result = GitOpsLinter.withInstalledRules().lint(repository.request());
        } catch (ConfigException e) {
            e.problems().forEach(p -> err.println("gitops-lint: " + p));
            return GitOpsLintCommand.EXIT_USAGE;
        }
        Baseline baseline = Baseline.of(result);
        if ("-".equals(output)) {
            spec.commandLine().getOut().print(BaselineFile.toJson(baseline));
            spec.commandLine().getOut().flush();
            return 0;
        }
        Path file = output != null ? Path.of(output) : repository.repository.resolve(BaselineFile.DEFAULT_NAME);
        try {
            BaselineFile.write(baseline, file);
        } catch (IOException e) {
            err.println("gitops-lint: cannot write the baseline to " + file + ": " + e);
            return GitOpsLintCommand.EXIT_USAGE;
        }
        err.println("gitops-lint: wrote " + baseline.entries().size() + " finding"
                + (baseline.entries().size() == 1 ? "" : "s") + " to " + file
                + "; commit it and run 'gitops-lint lint --baseline " + file + "'");
        return 0;
    }
}
