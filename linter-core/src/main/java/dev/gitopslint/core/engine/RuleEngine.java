package dev.gitopslint.core.engine;

import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.concurrent.InOrder;
import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.finding.Target;
import dev.gitopslint.core.manifest.Manifest;
import dev.gitopslint.core.render.RenderedApp;
import dev.gitopslint.core.rule.AppRule;
import dev.gitopslint.core.rule.EnvironmentRule;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.ManifestRule;
import dev.gitopslint.core.rule.RepoRule;
import dev.gitopslint.core.rule.Rule;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleRegistry;
import dev.gitopslint.core.rule.ValuesRule;
import dev.gitopslint.core.source.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Runs every enabled rule over the subjects of its scope, in parallel. The output order depends only
 * on the inputs (tasks are collected in submission order), never on thread scheduling.
 */
public final class RuleEngine {

    /** Manifests per task: large enough to amortise scheduling, small enough to balance two cores. */
    private static final int MANIFEST_BATCH = 512;

    private final RuleRegistry registry;
    private final ExecutorService executor;
    private final Set<String> ruleIds;

    public RuleEngine(RuleRegistry registry, ExecutorService executor) {
        this.registry = registry;
        this.executor = executor;
        this.ruleIds = registry.all().stream().map(Rule::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    List<RawFinding> run(LintInputs inputs) {
        Contexts contexts = new Contexts(inputs);
        List<Supplier<List<RawFinding>>> tasks = new ArrayList<>();
        for (RepoRule rule : enabled(inputs, RepoRule.class)) {
            tasks.add(() -> collect(rule, Optional.empty(), sink -> rule.check(contexts.of(rule), sink)));
        }
        for (App app : inputs.apps().apps()) {
            for (ValuesRule rule : enabled(inputs, ValuesRule.class)) {
                tasks.add(() -> collect(rule, Optional.of(app.target()),
                        sink -> rule.check(app, contexts.of(rule), sink)));
            }
        }
        List<ManifestRule> manifestRules = enabled(inputs, ManifestRule.class);
        List<Manifest> manifests = inputs.allManifests();
        for (int start = 0; start < manifests.size(); start += MANIFEST_BATCH) {
            List<Manifest> batch = manifests.subList(start, Math.min(manifests.size(), start + MANIFEST_BATCH));
            tasks.add(() -> checkManifests(batch, manifestRules, contexts));
        }
        for (RenderedApp app : inputs.renderedApps()) {
            for (AppRule rule : enabled(inputs, AppRule.class)) {
                tasks.add(() -> collect(rule, Optional.of(app.app().target()),
                        sink -> rule.check(app, contexts.of(rule), sink)));
            }
        }
        Map<String, List<RenderedApp>> byEnvironment = new TreeMap<>();
        inputs.renderedApps().forEach(a -> byEnvironment.computeIfAbsent(a.app().environment(),
                e -> new ArrayList<>()).add(a));
        for (Map.Entry<String, List<RenderedApp>> env : byEnvironment.entrySet()) {
            for (EnvironmentRule rule : enabled(inputs, EnvironmentRule.class)) {
                tasks.add(() -> collect(rule, Optional.empty(),
                        sink -> rule.check(env.getKey(), env.getValue(), contexts.of(rule), sink)));
            }
        }
        return runAll(tasks);
    }

    private List<RawFinding> checkManifests(List<Manifest> batch, List<ManifestRule> rules, Contexts contexts) {
        List<RawFinding> found = new ArrayList<>();
        for (Manifest manifest : batch) {
            for (ManifestRule rule : rules) {
                found.addAll(collect(rule, manifest.target(),
                        sink -> rule.check(manifest, contexts.of(rule), sink)));
            }
        }
        return found;
    }

    private <T extends Rule> List<T> enabled(LintInputs inputs, Class<T> scope) {
        return registry.ofType(scope).stream()
                .filter(rule -> inputs.config().rule(rule.id()).enabled())
                .toList();
    }

    /** One context per rule and run: it depends only on the rule, not on the subject it checks. */
    private final class Contexts {
        private final LintInputs inputs;
        private final Map<Target, RenderedApp> renderings;
        private final Map<Rule, RuleContext> byRule = new ConcurrentHashMap<>();

        Contexts(LintInputs inputs) {
            this.inputs = inputs;
            Map<Target, RenderedApp> byTarget = new HashMap<>();
            inputs.renderedApps().forEach(app -> byTarget.putIfAbsent(app.app().target(), app));
            this.renderings = Map.copyOf(byTarget);
        }

        RuleContext of(Rule rule) {
            return byRule.computeIfAbsent(rule, r -> new RuleContext(inputs.workspace(), inputs.apps(),
                    inputs.config(), inputs.config().rule(r.id()), ruleIds, inputs.schemas(), inputs.imageLock(),
                    inputs.git(), renderings));
        }
    }

    private interface Check {
        void run(FindingSink sink);
    }

    private static List<RawFinding> collect(Rule rule, Optional<Target> target, Check check) {
        List<RawFinding> found = new ArrayList<>();
        FindingSink sink = (Optional<Severity> severity, Position location, String message, List<Related> related) ->
                found.add(new RawFinding(rule, severity, location, message, related, target));
        try {
            check.run(sink);
        } catch (RuntimeException e) {
            throw new RuleFailure(rule, target, e);
        }
        return found;
    }

    /** A rule's exception arrives as the {@link RuleFailure} that {@link #collect} made of it. */
    private List<RawFinding> runAll(List<Supplier<List<RawFinding>>> tasks) {
        List<RawFinding> all = new ArrayList<>();
        InOrder.map(executor, tasks, Supplier::get).forEach(all::addAll);
        return all;
    }

    /** A rule threw: a bug in the rule, reported as an internal error naming it. */
    public static final class RuleFailure extends RuntimeException {
        RuleFailure(Rule rule, Optional<Target> target, RuntimeException cause) {
            super("rule " + rule.id() + " failed" + target.map(t -> " on " + t).orElse("") + ": " + cause, cause);
        }
    }
}
