package dev.gitopslint.cli;

import dev.gitopslint.core.rule.Rule;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.RuleRegistry;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "rules", description = "List the rules: id, default severity, scope, summary.")
final class RulesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        int width = RuleRegistry.load().all().stream().mapToInt(r -> r.id().length()).max().orElse(10);
        out.printf("%-" + width + "s  %-8s %-12s %s%n", "RULE", "SEVERITY", "SCOPE", "SUMMARY");
        for (Rule rule : RuleRegistry.load().all()) {
            RuleInfo info = rule.info();
            out.printf("%-" + width + "s  %-8s %-12s %s%n", info.id(), info.severity().label(), info.scope().label(),
                    info.summary());
        }
        out.flush();
    }
}
