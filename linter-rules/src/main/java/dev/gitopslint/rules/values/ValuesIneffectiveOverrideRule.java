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
import dev.gitopslint.core.yaml.YamlMap;
import java.util.List;

@RuleInfo(
        id = "values-ineffective-override",
        severity = Severity.WARNING,
        scope = Scope.VALUES,
        summary = "A later values layer sets an empty map over a non-empty inherited map, which changes nothing.",
        description = "Helm merges maps key by key, so `nodeSelector: {}` over an inherited nodeSelector is a "
                + "no-op: the inherited entries still apply. It looks like a reset and is not one. Use "
                + "`nodeSelector: null` to clear the inherited map, or delete the line to inherit it openly.",
        origin = "Seed 450: `nodeSelector: {}` looked like a reset; authors could not tell which overrides act.",
        bad = "nodeSelector: {}",
        good = "nodeSelector: null   # clears the inherited selector (or delete the line to inherit)")
public final class ValuesIneffectiveOverrideRule implements ValuesRule {

    @Override
    public void check(App app, RuleContext context, FindingSink sink) {
        for (LayerOverride override : LayerOverride.of(app, ValuesIneffectiveOverrideRule::emptyMap)) {
            if (!(override.inherited().orElse(null) instanceof YamlMap inherited) || inherited.isEmpty()) {
                continue;
            }
            YamlEntry entry = override.entry();
            String message = "`" + entry.name() + ": {}` changes nothing: Helm merges maps key by key, so the "
                    + "inherited " + entry.name() + " still applies. Use `" + entry.name()
                    + ": null` to clear it, or delete this line to inherit it";
            List<Related> related = override.inheritedFrom()
                    .map(p -> List.of(new Related(p.position(), "inherited " + entry.name() + " "
                            + ValueText.brief(inherited) + " set here")))
                    .orElse(List.of());
            sink.report(entry.key().position(), message, related);
        }
    }

    private static boolean emptyMap(YamlEntry entry) {
        return entry.value() instanceof YamlMap map && map.isEmpty();
    }
}
