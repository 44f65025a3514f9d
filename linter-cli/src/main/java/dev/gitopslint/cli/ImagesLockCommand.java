package dev.gitopslint.cli;

import dev.gitopslint.core.GitOpsLinter;
import dev.gitopslint.core.config.ConfigException;
import dev.gitopslint.core.engine.Analysis;
import dev.gitopslint.core.engine.LintRequest;
import dev.gitopslint.core.images.DockerConfigCredentials;
import dev.gitopslint.core.images.ImageFailure;
import dev.gitopslint.core.images.ImageLock;
import dev.gitopslint.core.images.ImageLockException;
import dev.gitopslint.core.images.ImageLockReader;
import dev.gitopslint.core.images.ImageLockWriter;
import dev.gitopslint.core.images.ImageLocker;
import dev.gitopslint.core.images.ImageReference;
import dev.gitopslint.core.images.LockDiff;
import dev.gitopslint.core.images.LockResult;
import dev.gitopslint.core.images.RegistryClient;
import dev.gitopslint.core.images.RegistryException;
import dev.gitopslint.core.images.RegistryOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "lock",
        description = {"Resolve every image the repository uses (every container of every rendered and plain "
                + "object, every image in values) from its registry with the OCI distribution API, and write "
                + "the image lock deterministically. Credentials come from the docker config file "
                + "($DOCKER_CONFIG/config.json or ~/.docker/config.json).",
            "With --check, compare instead of writing and report the drift."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the lock is written (or, with --check, up to date)",
            "1:with --check the lock is out of date; or an image could not be resolved (the others are still "
                    + "written, a failed image keeps its previous entry)",
            "2:usage or configuration error",
            "3:internal error (a bug: please report it)"})
final class ImagesLockCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Repository root (default: .)")
    Path repository = Path.of(".");

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: DIR/.gitops-lint.yaml)")
    Path config;

    @Option(names = "--check", description = "Report drift between the lock and the registries; write nothing")
    boolean check;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The lock file (default: DIR/" + ImageLock.DEFAULT_PATH + ", which lint reads)")
    Path output;

    @Option(names = "--insecure-registry", paramLabel = "HOST[:PORT]",
            description = "Speak plain http to this registry (repeatable; loopback registries always do)")
    List<String> insecureRegistries = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Longest wait for one registry request (default: ${DEFAULT-VALUE})")
    int timeoutSeconds = (int) RegistryOptions.DEFAULT_REQUEST_TIMEOUT.toSeconds();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for rendering (default: number of CPUs)")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> usageProblem = usageProblem();
        if (usageProblem.isPresent()) {
            err.println("gitops-lint: " + usageProblem.get());
            return GitOpsLintCommand.EXIT_USAGE;
        }
        Analysis analysis;
        RegistryOptions options;
        try {
            analysis = GitOpsLinter.withInstalledRules().analyze(LintRequest.of(repository)
                    .withConfigFile(Optional.ofNullable(config)).withThreads(threads));
            options = registryOptions();
        } catch (ConfigException e) {
            e.problems().forEach(p -> err.println("gitops-lint: " + p));
            return GitOpsLintCommand.EXIT_USAGE;
        } catch (RegistryException e) {
            err.println("gitops-lint: " + e.getMessage());
            return GitOpsLintCommand.EXIT_USAGE;
        }
        Path lockFile = output != null ? output : repository.resolve(ImageLock.DEFAULT_PATH);
        String shown = shownPath(lockFile);
        ImageInventory inventory = ImageInventory.of(analysis);
        LockResult result = new ImageLocker(new RegistryClient(options)).lock(inventory.uses().keySet());
        for (ImageFailure failure : result.failures()) {
            err.println("gitops-lint: cannot resolve " + failure.image().familiarName()
                    + inventory.firstUse(failure.image()).map(p -> " (used at " + p + ")").orElse("") + ": "
                    + failure.message());
        }
        Optional<ImageLock> previous;
        try {
            previous = Files.exists(lockFile) ? Optional.of(ImageLockReader.read(lockFile)) : Optional.empty();
        } catch (ImageLockException e) {
            if (check) {
                out.println("the image lock " + shown + " cannot be read: " + e.problem()
                        + (e.line() > 0 ? " (line " + e.line() + ")" : "")
                        + "; run `gitops-lint images lock` to regenerate it");
                out.flush();
                return GitOpsLintCommand.EXIT_FINDINGS;
            }
            err.println("gitops-lint: replacing the unreadable image lock " + shown + " (" + e.problem() + ")");
            previous = Optional.empty();
        }
        ImageLock resolved = result.keepingPreviousFor(previous.orElse(ImageLock.empty()));
        LockDiff diff = LockDiff.between(previous.orElse(ImageLock.empty()), resolved);
        int status = result.isComplete() ? 0 : GitOpsLintCommand.EXIT_FINDINGS;
        if (check) {
            status = reportDrift(out, shown, previous, diff, resolved, result.failures().size())
                    ? GitOpsLintCommand.EXIT_FINDINGS : status;
        } else {
            ImageLockWriter.write(resolved, lockFile);
            diff.describe().forEach(line -> out.println("  " + line));
            out.println("locked " + count(resolved.size()) + " in " + shown + " (" + count(inventory.uses().size())
                    + " used, " + registries(inventory) + (result.isComplete() ? ""
                            : "; " + result.failures().size() + " could not be resolved") + ")");
        }
        out.flush();
        return status;
    }

    /** True when the lock differs from what the registries say now. */
    private static boolean reportDrift(PrintWriter out, String shown, Optional<ImageLock> previous, LockDiff diff,
            ImageLock resolved, int unresolved) {
        if (previous.isEmpty()) {
            out.println("there is no image lock at " + shown + " (" + count(resolved.size())
                    + " to lock): run `gitops-lint images lock`");
            return true;
        }
        if (diff.isEmpty() && unresolved > 0) {
            out.println("the image lock " + shown + " could not be fully checked: " + count(unresolved)
                    + " could not be resolved" + (unresolved < resolved.size() ? "; the other entries are up to date"
                            : ""));
            return false;
        }
        if (diff.isEmpty()) {
            out.println("the image lock " + shown + " is up to date (" + count(resolved.size()) + ")");
            return false;
        }
        out.println("the image lock " + shown + " is out of date:");
        diff.describe().forEach(line -> out.println("  " + line));
        out.println("run `gitops-lint images lock` to update it");
        return true;
    }

    private Optional<String> usageProblem() {
        if (timeoutSeconds < 1) {
            return Optional.of("--timeout must be at least 1 second");
        }
        if (threads < 1) {
            return Optional.of("--threads must be at least 1");
        }
        for (String registry : insecureRegistries) {
            boolean valid = ImageReference.tryParse(registry + "/probe")
                    .map(r -> r.registry().equalsIgnoreCase(registry)).orElse(false);
            if (!valid) {
                return Optional.of("--insecure-registry " + registry + ": expected a registry host with an optional "
                        + "port, as written in image references (e.g. registry.local:5000)");
            }
        }
        return Optional.empty();
    }

    private RegistryOptions registryOptions() throws RegistryException {
        Duration request = Duration.ofSeconds(timeoutSeconds);
        Duration connect = request.compareTo(RegistryOptions.DEFAULT_CONNECT_TIMEOUT) < 0 ? request
                : RegistryOptions.DEFAULT_CONNECT_TIMEOUT;
        Set<String> insecure = new TreeSet<>();
        insecureRegistries.forEach(r -> insecure.add(r.toLowerCase(Locale.ROOT)));
        return RegistryOptions.defaults()
                .withTimeouts(connect, request)
                .withInsecureRegistries(insecure)
                .withCredentials(DockerConfigCredentials.load());
    }

    private String shownPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = repository.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString().replace('\\', '/') : file.toString();
    }

    private static String registries(ImageInventory inventory) {
        long count = inventory.uses().keySet().stream().map(ImageReference::registry).distinct().count();
        return count == 1 ? "1 registry" : count + " registries";
    }

    private static String count(int images) {
        return images == 1 ? "1 image" : images + " images";
    }
}
