package dev.gitopslint.core.engine;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * What to lint: the repository, an explicit config file (else {@code .gitops-lint.yaml}), app and
 * environment filters (empty: all), the number of worker threads, and the target Kubernetes version.
 */
public record LintRequest(Path repository, Optional<Path> configFile, Set<String> apps, Set<String> environments,
        int threads, Optional<String> kubernetesVersion, boolean online) {

    public LintRequest {
        apps = Set.copyOf(apps);
        environments = Set.copyOf(environments);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public static LintRequest of(Path repository) {
        return new LintRequest(repository, Optional.empty(), Set.of(), Set.of(),
                Math.max(1, Runtime.getRuntime().availableProcessors()), Optional.empty(), false);
    }

    public LintRequest withThreads(int count) {
        return new LintRequest(repository, configFile, apps, environments, count, kubernetesVersion, online);
    }

    public LintRequest withFilters(Set<String> appNames, Set<String> environmentNames) {
        return new LintRequest(repository, configFile, appNames, environmentNames, threads, kubernetesVersion, online);
    }

    public LintRequest withConfigFile(Optional<Path> file) {
        return new LintRequest(repository, file, apps, environments, threads, kubernetesVersion, online);
    }

    /** The target Kubernetes minor ("1.34"), over the config's. */
    public LintRequest withKubernetesVersion(Optional<String> version) {
        return new LintRequest(repository, configFile, apps, environments, threads, version, online);
    }

    /** Whether checks may ask remotes (submodule reachability); off by default: linting is offline. */
    public LintRequest withOnline(boolean ask) {
        return new LintRequest(repository, configFile, apps, environments, threads, kubernetesVersion, ask);
    }
}
