package dev.gitopslint.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gitops-lint} command. Exit codes: 0 clean, 1 findings at the threshold, 2 usage or config, 3 bug. */
@Command(name = "gitops-lint",
        mixinStandardHelpOptions = true,
        // --help and --version on every subcommand too ("gitops-lint lint --help").
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = Version.class,
        description = "Lints a GitOps repository the way Argo CD would deploy it: every app, every environment, "
                + "layered Helm values, rendered offline.",
        subcommands = {LintCommand.class, BaselineCommand.class, RulesCommand.class, ExplainCommand.class,
                ValuesCommand.class, AppsCommand.class, RenderCommand.class, ImagesCommand.class, DocsCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above the --fail-on threshold",
            "1:findings at or above the threshold",
            "2:usage or configuration error",
            "3:internal error (a bug: please report it)"})
public final class GitOpsLintCommand implements Runnable {

    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        StartupWarmer.startFor(args);
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new GitOpsLintCommand())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new InternalErrorHandler());
        usageErrorsExitTwo(cli);
        return cli.execute(args);
    }

    private static void usageErrorsExitTwo(CommandLine command) {
        command.getCommandSpec().exitCodeOnInvalidInput(EXIT_USAGE);
        command.getSubcommands().values().forEach(GitOpsLintCommand::usageErrorsExitTwo);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'gitops-lint lint .'");
    }

    /** An exception out of a command is a bug: say so in one line; the trace only when asked for. */
    private static final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
            PrintWriter err = cli.getErr();
            err.println("gitops-lint: internal error: " + e);
            if (System.getenv("GITOPS_LINT_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("This is a bug in gitops-lint. Set GITOPS_LINT_DEBUG=1 to see the details, and please "
                        + "report it.");
            }
            return EXIT_INTERNAL;
        }
    }
}
