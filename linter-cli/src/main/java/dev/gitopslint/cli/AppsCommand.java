package dev.gitopslint.cli;

import dev.gitopslint.core.GitOpsLinter;
import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.apps.AppModel;
import dev.gitopslint.core.apps.SyncPolicy;
import dev.gitopslint.core.apps.ValueFileRef;
import dev.gitopslint.core.config.ConfigException;
import dev.gitopslint.core.values.ValuesLayer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "apps", description = "List every app in every environment: chart, ordered values layers "
        + "(missing ones marked), destination and sync policy.")
final class AppsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    RepositoryOptions repository;

    @Override
    public Integer call() throws IOException {
        AppModel model;
        try {
            model = GitOpsLinter.withInstalledRules().analyze(repository.request()).apps();
        } catch (ConfigException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println("gitops-lint: " + p));
            return GitOpsLintCommand.EXIT_USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        List<App> apps = model.apps().stream()
                .sorted(Comparator.comparing(App::environment).thenComparing(App::name)).toList();
        for (App app : apps) {
            print(app, out);
        }
        model.problems().forEach(p -> out.println("! " + p.position() + "  " + p.message()));
        out.println(apps.size() + " apps in " + model.environments().size() + " environments"
                + (model.problems().isEmpty() ? "" : ", " + model.problems().size() + " problems"));
        out.flush();
        return 0;
    }

    private static void print(App app, PrintWriter out) {
        out.println(app.name() + "  (environment " + app.environment() + ")");
        out.println("  defined at:  " + app.definedAt());
        out.println("  chart:       " + app.chart().map(c -> c.dir())
                .or(() -> app.deployment().source().map(s -> s.describe() + "  (not in this repository)"))
                .orElse("(none)"));
        out.println("  destination: " + app.destinationNamespace().orElse("(no namespace)"));
        out.println("  sync:        " + sync(app.syncPolicy()));
        out.println("  values:");
        List<ValueFileRef> refs = app.deployment().valueFiles();
        int index = 1;
        for (ValuesLayer layer : app.values().layers()) {
            String declared = index - 1 < refs.size() ? refs.get(index - 1).declared() : layer.label();
            out.println("    " + index++ + ". " + layer.file() + (layer.present() ? "" : "  (missing)")
                    + (declared.equals(layer.file()) ? "" : "   <- " + declared));
        }
        app.values().chartDefaults().ifPresent(d -> out.println("    chart defaults: " + d.file()));
    }

    private static String sync(SyncPolicy policy) {
        if (!policy.automated()) {
            return "manual";
        }
        return "automated" + (policy.prune() ? ", prune" : "") + (policy.selfHeal() ? ", selfHeal" : "")
                + (policy.allowEmpty() ? ", allowEmpty" : "");
    }
}
