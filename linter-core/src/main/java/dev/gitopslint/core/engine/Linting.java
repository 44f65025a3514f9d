package dev.gitopslint.core.engine;

import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.diagnostics.StageTimings;
import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.finding.Target;
import dev.gitopslint.core.rule.RuleRegistry;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

/** Runs the rules on an analysis and post-processes their findings into a {@link LintResult}. */
public final class Linting {

    private final RuleRegistry rules;
    private final ExecutorService executor;

    public Linting(RuleRegistry rules, ExecutorService executor) {
        this.rules = rules;
        this.executor = executor;
    }

    public LintResult lint(Analysis analysis) {
        LintInputs inputs = analysis.inputs();
        List<RawFinding> raw = StageTimings.time("rules", () -> new RuleEngine(rules, executor).run(inputs));
        FindingProcessor.Processed processed = StageTimings.time("findings",
                () -> new FindingProcessor(analysis.config(), analysis.workspace()).process(raw));
        List<Finding> findings = processed.findings();
        Summary summary = new Summary(
                count(findings, Severity.ERROR), count(findings, Severity.WARNING), count(findings, Severity.INFO),
                (int) analysis.apps().apps().stream().map(a -> a.name()).distinct().count(),
                analysis.apps().environments().size(),
                inputs.allManifests().size(),
                analysis.workspace().files().size(),
                processed.suppressed());
        SortedSet<Target> linted = analysis.apps().apps().stream().map(App::target)
                .collect(Collectors.toCollection(TreeSet::new));
        return new LintResult(findings, summary, linted, Optional.empty());
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}
