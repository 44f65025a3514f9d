package dev.gitopslint.cli;

import dev.gitopslint.core.GitOpsLinter;
import dev.gitopslint.core.config.ConfigException;
import dev.gitopslint.core.render.RenderedApp;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "render", description = "Print an app's rendered manifests, as Argo CD would hand them to the cluster.")
final class RenderCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    RepositoryOptions repository;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (repository.apps.size() != 1) {
            err.println("gitops-lint: render needs exactly one --app (see 'gitops-lint apps')");
            return GitOpsLintCommand.EXIT_USAGE;
        }
        List<RenderedApp> rendered;
        try {
            rendered = GitOpsLinter.withInstalledRules().analyze(repository.request()).renderedApps();
        } catch (ConfigException e) {
            e.problems().forEach(p -> err.println("gitops-lint: " + p));
            return GitOpsLintCommand.EXIT_USAGE;
        }
        if (rendered.size() != 1) {
            err.println(rendered.isEmpty()
                    ? "gitops-lint: no renderable app '" + repository.apps.get(0) + "' (see 'gitops-lint apps')"
                    : "gitops-lint: app '" + repository.apps.get(0) + "' exists in several environments ("
                            + rendered.stream().map(r -> r.app().environment()).collect(Collectors.joining(", "))
                            + "): add --env");
            return GitOpsLintCommand.EXIT_USAGE;
        }
        RenderedApp app = rendered.get(0);
        if (app.failure().isPresent()) {
            err.println("gitops-lint: " + app.failure().get().location() + ": " + app.failure().get().message());
            return GitOpsLintCommand.EXIT_FINDINGS;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(app.text().isEmpty() ? plain(app) : app.text());
        out.flush();
        return 0;
    }

    /** Directory sources have no Helm text: print the files' documents with their origin. */
    private static String plain(RenderedApp app) {
        StringBuilder text = new StringBuilder();
        app.manifests().forEach(m -> text.append("---\n# Source: ").append(m.origin()).append("\n# ")
                .append(m.describe()).append('\n'));
        return text.toString();
    }
}
