package dev.gitopslint.cli;

import dev.gitopslint.core.engine.LintRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Options every command that reads a repository shares. */
final class RepositoryOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Repository root (default: .)")
    Path repository = Path.of(".");

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: DIR/.gitops-lint.yaml)")
    Path config;

    @Option(names = "--env", paramLabel = "ENV", description = "Only this environment (repeatable)")
    List<String> environments = new ArrayList<>();

    @Option(names = "--app", paramLabel = "APP", description = "Only this app (repeatable)")
    List<String> apps = new ArrayList<>();

    @Option(names = "--kubernetes-version", paramLabel = "MINOR",
            description = "Target Kubernetes version for schemas and API removals, e.g. 1.34 (default: newest bundled)")
    String kubernetesVersion;

    @Option(names = "--online", description = "Let checks ask remotes (submodule commits reachable on their "
            + "remote); without it, nothing leaves this machine")
    boolean online;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of CPUs)")
    void threads(int count) {
        if (count < 1) {
            throw new ParameterException(command.commandLine(), "--threads must be at least 1, was " + count);
        }
        threads = count;
    }

    LintRequest request() {
        return LintRequest.of(repository)
                .withConfigFile(Optional.ofNullable(config))
                .withFilters(new LinkedHashSet<>(apps), new LinkedHashSet<>(environments))
                .withThreads(threads)
                .withKubernetesVersion(Optional.ofNullable(kubernetesVersion))
                .withOnline(online);
    }
}
