package dev.gitopslint.rules.values;

import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import dev.gitopslint.core.rule.ValuesRule;
import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.values.MergedValues;
import dev.gitopslint.core.values.Provenance;
import dev.gitopslint.core.workspace.Chart;
import dev.gitopslint.core.yaml.JsonPointers;
import dev.gitopslint.core.yaml.YamlToJackson;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "values-schema",
        severity = Severity.ERROR,
        scope = Scope.VALUES,
        summary = "The merged values of an app violate its chart's values.schema.json.",
        description = "Helm validates the merged values against the chart's values.schema.json before rendering "
                + "and refuses to render when they do not match, so Argo CD cannot sync the app. The finding "
                + "points to the values line that set the offending value (a missing required property: the "
                + "line of the map that lacks it, or the chart's values.yaml), with the schema rule as a related "
                + "location. The draft is taken from `$schema` (draft-07 when absent, as Helm does); a `$ref` "
                + "outside the schema file is not fetched, and such a schema is not evaluated. A values.schema.json "
                + "that is not valid JSON is reported on the schema file. Subcharts' schemas are not checked.",
        origin = "Render or apply rejects values of the wrong type.",
        bad = "# values.schema.json: replicaCount is an integer\nreplicaCount: \"3\"",
        good = "replicaCount: 3")
public final class ValuesSchemaRule implements ValuesRule {

    @Override
    public void check(App app, RuleContext context, FindingSink sink) {
        if (app.chart().isEmpty()) {
            return;
        }
        Chart chart = app.chart().get();
        ChartSchemaFile.Read read = ChartSchemaFile.read(context.workspace(), chart);
        if (read instanceof ChartSchemaFile.Invalid invalid) {
            sink.report(invalid.position(), "values.schema.json of chart " + chart.name() + " is not valid JSON ("
                    + invalid.problem() + "): Helm cannot validate values against it and refuses to render the "
                    + "chart. Fix the file");
            return;
        }
        if (!(read instanceof ChartSchemaFile.Loaded loaded)) {
            return;
        }
        ChartSchemaFile schema = loaded.schema();
        MergedValues merged = app.values().merged();
        Optional<List<SchemaValidation.Violation>> violations =
                SchemaValidation.validate(schema.json(), YamlToJackson.convert(merged.root()));
        if (violations.isEmpty()) {
            return;
        }
        Set<String> reported = new LinkedHashSet<>();
        for (SchemaValidation.Violation violation : violations.get()) {
            Position at = locate(violation, merged, chart);
            String message = message(violation, chart);
            if (reported.add(at + "\u0000" + message)) {
                Related rule = new Related(schema.positionOf(violation.schemaPointer()),
                        "values.schema.json: " + describeRule(violation));
                sink.report(at, message, List.of(rule));
            }
        }
    }

    /** The values line to change: the value itself, or for a missing property, the map that lacks it. */
    private static Position locate(SchemaValidation.Violation violation, MergedValues merged, Chart chart) {
        String pointer = violation.instancePointer();
        if (violation.keyword().equals("additionalProperties") && violation.property().isPresent()) {
            pointer = JsonPointers.append(pointer, violation.property().get());
        }
        String current = pointer;
        while (!current.isEmpty()) {
            Optional<Provenance> origin = merged.origin(current);
            if (origin.isPresent()) {
                String below = pointer.substring(current.length());
                return below.isEmpty() ? origin.get().position()
                        : JsonPointers.closestPosition(origin.get().value(), below);
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
        return Position.ofFile(chart.valuesPath());
    }

    private static String message(SchemaValidation.Violation violation, Chart chart) {
        String schema = " (values.schema.json of chart " + chart.name() + "): Helm refuses to render these values; ";
        String at = violation.instancePointer();
        String property = violation.property().orElse("?");
        return switch (violation.keyword()) {
            case "required" -> (at.isEmpty() ? "the values lack" : "`" + KeyPaths.displayPointer(at) + "` lacks")
                    + " the required property `" + property + "`" + schema + "set it in a values layer";
            case "additionalProperties" -> "`" + KeyPaths.displayPointer(JsonPointers.append(at, property))
                    + "` is not allowed: the schema declares no such property" + (at.isEmpty() ? ""
                            : " under `" + KeyPaths.displayPointer(at) + "`")
                    + " and allows no others" + schema + "remove it or use a declared key";
            default -> (at.isEmpty() ? "the values" : "`" + KeyPaths.displayPointer(at) + "`") + ": "
                    + violation.message() + schema + "change the value to match the schema";
        };
    }

    private static String describeRule(SchemaValidation.Violation violation) {
        return violation.keyword().isEmpty() ? "the rule violated" : "the `" + violation.keyword() + "` rule violated";
    }
}
