package dev.gitopslint.cli;

import dev.gitopslint.core.rule.Rule;
import dev.gitopslint.core.rule.RuleRegistry;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "explain", description = "Explain a rule: what it reports, why, and how to fix it.")
final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "Rule id, e.g. values-empty-override")
    String ruleId;

    @Override
    public Integer call() {
        Optional<Rule> rule = RuleRegistry.load().find(ruleId);
        if (rule.isEmpty()) {
            spec.commandLine().getErr().println("gitops-lint: no rule '" + ruleId + "': see 'gitops-lint rules'");
            return GitOpsLintCommand.EXIT_USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(RuleText.explain(rule.get().info()));
        out.flush();
        return 0;
    }
}
