package dev.gitopslint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gitops-lint baseline ...}: managing the file of accepted findings. */
@Command(name = "baseline", description = "Accept today's findings so that only new ones fail (see docs/baseline.md).",
        subcommands = {BaselineCreateCommand.class})
final class BaselineCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing command: try 'gitops-lint baseline create .'");
    }
}
