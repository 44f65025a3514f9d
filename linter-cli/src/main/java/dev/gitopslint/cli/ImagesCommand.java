package dev.gitopslint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "images", description = "The image lock: the digest, media type and platforms of every image the "
        + "repository uses, resolved from the registries (lint reads the lock, never the network).",
        subcommands = {ImagesLockCommand.class})
final class ImagesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'gitops-lint images lock .'");
    }
}
