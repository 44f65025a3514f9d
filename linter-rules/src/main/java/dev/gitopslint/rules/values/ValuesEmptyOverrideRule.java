package dev.gitopslint.rules.values;

import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import dev.gitopslint.core.rule.ValuesRule;
import dev.gitopslint.core.yaml.YamlEntry;
import dev.gitopslint.core.yaml.YamlSeq;
import java.util.List;
import java.util.Set;

@RuleInfo(
        id = "values-empty-override",
        severity = Severity.ERROR,
        scope = Scope.VALUES,
        summary = "A later values layer sets an empty list or null where the inherited value is non-empty, "
                + "silently dropping it.",
        description = "Helm replaces lists and deletes keys set to null, so `tolerations: []` in a component "
                + "layer throws away the tolerations inherited from the globals, shared or node-profile layers "
                + "(and the chart defaults): the pods lose them and stay Pending on tainted pools. The finding is "
                + "on the override and names the inherited value's file:line. Delete the line to inherit, or "
                + "write the complete list you want. If clearing is really intended, keep it and suppress with a "
                + "reason. Key paths checked: any ending in tolerations, nodeSelector, affinity, "
                + "imagePullSecrets or topologySpreadConstraints (option `keys`).",
        origin = "Seed 450, Tolerations Fix: 11 apps' pods lost the environment's tolerations and went Pending.",
        bad = "# sources/values/env/dev/platform/platform-keycloak.yaml\ntolerations: []",
        good = "# inherit the environment's tolerations: no tolerations key at all")
public final class ValuesEmptyOverrideRule implements ValuesRule {

    static final List<String> DEFAULT_KEYS = List.of("tolerations", "nodeSelector", "affinity", "imagePullSecrets",
            "topologySpreadConstraints");

    @Override
    public void check(App app, RuleContext context, FindingSink sink) {
        Set<String> keys = Set.copyOf(context.settings().stringList("keys", DEFAULT_KEYS));
        for (LayerOverride override : LayerOverride.of(app, entry -> keys.contains(entry.name()) && clears(entry))) {
            if (!override.inheritsSomething()) {
                continue;
            }
            YamlEntry entry = override.entry();
            // The message is the same for every app reaching this line, so the engine reports the line once
            // and lists the apps; what each app inherits goes into the related locations.
            String message = entry.value().isNull()
                    ? "`" + entry.name() + ": null` deletes the inherited " + entry.name() + ": Helm removes keys "
                            + "set to null. Delete this line to inherit them; if clearing is intended, suppress "
                            + "with a reason"
                    : "`" + entry.name() + ": []` replaces the inherited " + entry.name() + " with nothing: Helm "
                            + "replaces lists, so they are lost. Delete this line to inherit them, or list the full "
                            + "set here";
            List<Related> related = override.inheritedFrom()
                    .map(p -> List.of(new Related(p.position(), "inherited " + entry.name() + " ("
                            + ValueText.count(override.inherited().get()) + ") set here")))
                    .orElse(List.of());
            sink.report(entry.key().position(), message, related);
        }
    }

    private static boolean clears(YamlEntry entry) {
        return entry.value().isNull() || entry.value() instanceof YamlSeq seq && seq.isEmpty();
    }
}
