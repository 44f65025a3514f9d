package dev.gitopslint.cli;

import dev.gitopslint.core.GitOpsLinter;
import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.config.ConfigException;
import dev.gitopslint.core.engine.Analysis;
import dev.gitopslint.core.values.MergedValues;
import dev.gitopslint.core.values.ValuesLayer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "values", description = "Print an app's merged values, each leaf with the file:line that set it.")
final class ValuesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    RepositoryOptions repository;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (repository.apps.size() != 1) {
            err.println("gitops-lint: values needs exactly one --app (see 'gitops-lint lint' output for app names)");
            return GitOpsLintCommand.EXIT_USAGE;
        }
        Analysis analysis;
        try {
            analysis = GitOpsLinter.withInstalledRules().analyze(repository.request());
        } catch (ConfigException e) {
            e.problems().forEach(p -> err.println("gitops-lint: " + p));
            return GitOpsLintCommand.EXIT_USAGE;
        }
        List<App> apps = analysis.apps().apps();
        if (apps.size() != 1) {
            err.println(apps.isEmpty()
                    ? "gitops-lint: no app '" + repository.apps.get(0) + "'" + envText() + "; apps: "
                            + knownApps(repository)
                    : "gitops-lint: app '" + repository.apps.get(0) + "' exists in several environments ("
                            + apps.stream().map(App::environment).collect(Collectors.joining(", "))
                            + "): add --env");
            return GitOpsLintCommand.EXIT_USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        print(apps.get(0), out);
        out.flush();
        return 0;
    }

    private String envText() {
        return repository.environments.isEmpty() ? "" : " in " + String.join(", ", repository.environments);
    }

    private static String knownApps(RepositoryOptions options) throws IOException {
        RepositoryOptions all = new RepositoryOptions();
        all.repository = options.repository;
        all.config = options.config;
        all.environments = options.environments;
        try {
            return GitOpsLinter.withInstalledRules().analyze(all.request()).apps().apps().stream()
                    .map(App::name).distinct().sorted().collect(Collectors.joining(", "));
        } catch (ConfigException e) {
            return "(configuration error)";
        }
    }

    private static void print(App app, PrintWriter out) {
        out.println("# app " + app.name() + " (environment " + app.environment() + ")");
        out.println("# chart: " + app.chart().map(c -> c.dir()).orElse("(not in this repository)"));
        out.println("# values layers, lowest first (the last wins):");
        int index = 1;
        for (ValuesLayer layer : app.values().layers()) {
            out.println("#   " + index++ + ". " + layer.file() + (layer.present() ? "" : "  (missing)"));
        }
        app.values().chartDefaults().ifPresent(d -> out.println("#   chart defaults: " + d.file()));
        MergedValues merged = app.values().merged();
        out.print(new ValuesPrinter(merged).print());
    }
}
