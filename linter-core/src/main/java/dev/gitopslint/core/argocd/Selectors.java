package dev.gitopslint.core.argocd;

import dev.gitopslint.core.yaml.YamlMap;
import dev.gitopslint.core.yaml.YamlNode;
import dev.gitopslint.core.yaml.YamlScalar;
import dev.gitopslint.core.yaml.YamlSeq;
import java.util.List;
import java.util.Map;

/** Kubernetes label-selector semantics over a generator's (flattened) parameters. */
final class Selectors {

    private Selectors() {
    }

    static boolean matches(YamlMap selector, ParamSet params) {
        Map<String, String> flat = params.flattened();
        for (var entry : selector.map("matchLabels").map(YamlMap::entries).orElse(List.of())) {
            if (!entry.value().isNull() && !((YamlScalar) entry.value()).text().equals(flat.get(entry.name()))) {
                return false;
            }
        }
        for (YamlNode item : selector.seq("matchExpressions").map(YamlSeq::items).orElse(List.of())) {
            YamlMap expression = (YamlMap) item;
            String key = expression.text("key").orElse("");
            List<String> values = expression.seq("values").map(s -> s.items().stream()
                    .map(n -> ((YamlScalar) n).text()).toList()).orElse(List.of());
            String actual = flat.get(key);
            boolean ok = switch (expression.text("operator").orElse("")) {
                case "In" -> actual != null && values.contains(actual);
                case "NotIn" -> actual == null || !values.contains(actual);
                case "Exists" -> actual != null;
                case "DoesNotExist" -> actual == null;
                default -> true;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
