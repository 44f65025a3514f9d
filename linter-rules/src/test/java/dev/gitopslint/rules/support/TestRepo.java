package dev.gitopslint.rules.support;

import dev.gitopslint.core.GitOpsLinter;
import dev.gitopslint.core.config.ConfigException;
import dev.gitopslint.core.engine.Analysis;
import dev.gitopslint.core.engine.LintRequest;
import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.engine.Linting;
import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.rule.Rule;
import dev.gitopslint.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A repository written file by file into a temporary directory and linted with the real pipeline. */
public final class TestRepo {

    private final Path root;

    public TestRepo(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public TestRepo file(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Config-defined layering: globals, component, environment layers; charts under charts/{domain}/{name}. */
    public TestRepo standardLayering(String... environments) {
        StringBuilder config = new StringBuilder("environments:\n");
        for (String env : environments) {
            config.append("  ").append(env).append(": {vars: {}}\n");
        }
        config.append("""
                components:
                  - values/components/{domain}/{name}.yaml
                charts: charts/{domain}/{name}
                layers:
                  - values/globals.yaml
                  - values/components/{domain}/{name}.yaml
                  - values/env/{env}/{domain}/{name}.yaml
                """);
        return file(".gitops-lint.yaml", config.toString());
    }

    /** Lints with only {@code rules} installed. */
    public List<Finding> lint(Rule... rules) {
        try {
            return new GitOpsLinter(new RuleRegistry(List.of(rules))).lint(LintRequest.of(root).withThreads(2))
                    .findings();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The repository as analysed (workspace, config, apps), before rules. */
    public Analysis analyze() {
        try {
            return new GitOpsLinter(new RuleRegistry(List.of())).analyze(LintRequest.of(root).withThreads(2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Runs {@code rules} on an analysis, e.g. one completed with rendered apps. */
    public static LintResult lint(Analysis analysis, Rule... rules) {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            return new Linting(new RuleRegistry(List.of(rules)), executor).lint(analysis);
        } finally {
            executor.shutdownNow();
        }
    }
}
