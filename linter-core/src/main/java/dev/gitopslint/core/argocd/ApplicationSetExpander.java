package dev.gitopslint.core.argocd;

import dev.gitopslint.core.apps.AppModel;
import dev.gitopslint.core.render.helm.FastTemplate;
import dev.gitopslint.core.render.helm.GoTemplates;
import dev.gitopslint.core.render.helm.TemplateJob;
import dev.gitopslint.core.render.helm.TemplateResult;
import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.workspace.Workspace;
import dev.gitopslint.core.yaml.YamlDocument;
import dev.gitopslint.core.yaml.YamlFile;
import dev.gitopslint.core.yaml.YamlLimits;
import dev.gitopslint.core.yaml.YamlLoader;
import dev.gitopslint.core.yaml.YamlMap;
import dev.gitopslint.core.yaml.YamlNode;
import dev.gitopslint.core.yaml.YamlScalar;
import dev.gitopslint.core.yaml.YamlToJackson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an ApplicationSet into the Applications Argo CD would create: generators give parameter sets;
 * {@code spec.template} (every string, and every map key, is a template) and {@code spec.templatePatch}
 * are evaluated for each set — with Go's text/template and Sprig through the embedded Helm engine when
 * {@code goTemplate: true} (all strings of all sets in one batch), with fasttemplate substitution
 * otherwise — and the patch is merged over the template.
 */
final class ApplicationSetExpander {

    private final Workspace workspace;
    private final LocalRepositories repositories;
    private final List<Map<String, Object>> clusters;
    private final Supplier<GoTemplates> goTemplates;

    ApplicationSetExpander(Workspace workspace, LocalRepositories repositories, List<Map<String, Object>> clusters,
            Supplier<GoTemplates> goTemplates) {
        this.workspace = workspace;
        this.repositories = repositories;
        this.clusters = clusters;
        this.goTemplates = goTemplates;
    }

    List<GeneratedApplication> expand(YamlDocument document, List<AppModel.Problem> problems) {
        YamlMap spec = document.rootMap().flatMap(r -> r.map("spec")).orElse(null);
        String name = document.rootMap().flatMap(r -> r.map("metadata")).flatMap(m -> m.text("name")).orElse("?");
        if (spec == null || spec.map("template").isEmpty()) {
            problems.add(new AppModel.Problem(document.positionOf("/spec"),
                    "ApplicationSet " + name + " has no spec.template"));
            return List.of();
        }
        boolean goTemplate = spec.get("goTemplate").filter(n -> Boolean.TRUE.equals(((YamlScalar) n).value()))
                .isPresent();
        List<String> options = spec.seq("goTemplateOptions").map(s -> s.items().stream()
                .map(n -> ((YamlScalar) n).text()).toList()).orElse(List.of());
        List<ParamSet> sets = new ArrayList<>();
        Generators generators = new Generators(workspace, goTemplate, repositories, clusters);
        for (YamlNode generator : spec.seq("generators").map(s -> s.items()).orElse(List.of())) {
            try {
                sets.addAll(generators.evaluate((YamlMap) generator));
            } catch (GeneratorException e) {
                problems.add(new AppModel.Problem(e.position(), "ApplicationSet " + name + ": " + e.getMessage()
                        + (e.offlineLimit() ? ": the Applications it generates are not linted" : ""),
                        e.offlineLimit()));
            }
        }
        JsonNode template = YamlToJackson.convert(spec.map("template").get());
        Optional<String> patch = spec.text("templatePatch");
        GeneratedLocator.TemplatePatch patchLines = new GeneratedLocator.TemplatePatch(document);
        List<GeneratedApplication> apps = goTemplate
                ? goTemplate(name, document, template, patch, patchLines, sets, GoTemplates.missingKeyError(options),
                        problems)
                : fastTemplate(name, document, template, patch, patchLines, sets, problems);
        return apps;
    }

    private List<GeneratedApplication> goTemplate(String name, YamlDocument document, JsonNode template,
            Optional<String> patch, GeneratedLocator.TemplatePatch patchLines, List<ParamSet> sets,
            boolean missingKeyError, List<AppModel.Problem> problems) {
        List<String> strings = new ArrayList<>();
        collectStrings(template, strings);
        patch.ifPresent(strings::add);
        List<TemplateJob> jobs = new ArrayList<>();
        for (ParamSet set : sets) {
            for (String text : strings) {
                jobs.add(new TemplateJob(text, set.params(), missingKeyError));
            }
        }
        List<TemplateResult> results = jobs.isEmpty() ? List.of() : goTemplates.get().evaluate(jobs);
        List<GeneratedApplication> apps = new ArrayList<>();
        int next = 0;
        for (ParamSet set : sets) {
            List<TemplateResult> mine = results.subList(next, next + strings.size());
            next += strings.size();
            Optional<TemplateResult> failed = mine.stream().filter(r -> !r.succeeded()).findFirst();
            if (failed.isPresent()) {
                problems.add(new AppModel.Problem(positionOfFailure(document, strings, mine, patch),
                        "ApplicationSet " + name + " cannot generate an Application for " + describe(set) + ": "
                                + failed.get().error()));
                continue;
            }
            Iterator<TemplateResult> it = mine.iterator();
            JsonNode rendered = replaceStrings(template, text -> it.next().output());
            Optional<String> patchText = patch.map(p -> it.next().output());
            toApplication(name, document, rendered, patchText, set, patchLines, problems).ifPresent(apps::add);
        }
        return apps;
    }

    private List<GeneratedApplication> fastTemplate(String name, YamlDocument document, JsonNode template,
            Optional<String> patch, GeneratedLocator.TemplatePatch patchLines, List<ParamSet> sets,
            List<AppModel.Problem> problems) {
        List<GeneratedApplication> apps = new ArrayList<>();
        for (ParamSet set : sets) {
            Map<String, String> flat = set.flattened();
            JsonNode rendered = replaceStrings(template, text -> FastTemplate.substitute(text, flat).output());
            Optional<String> patchText = patch.map(p -> FastTemplate.substitute(p, flat).output());
            toApplication(name, document, rendered, patchText, set, patchLines, problems).ifPresent(apps::add);
        }
        return apps;
    }

    private Optional<GeneratedApplication> toApplication(String name, YamlDocument document, JsonNode rendered,
            Optional<String> patchText, ParamSet set, GeneratedLocator.TemplatePatch patchLines,
            List<AppModel.Problem> problems) {
        ObjectNode application = JsonNodeFactory.instance.objectNode();
        application.put("apiVersion", "argoproj.io/v1alpha1");
        application.put("kind", "Application");
        application.setAll((ObjectNode) rendered);
        if (patchText.isPresent() && !patchText.get().isBlank()) {
            YamlFile parsed = new YamlLoader(YamlLimits.defaults()).parse(document.file(), patchText.get());
            Optional<YamlMap> patchMap = parsed.documents().stream().findFirst().flatMap(YamlDocument::rootMap);
            if (!parsed.problems().isEmpty() || patchMap.isEmpty()) {
                String why = parsed.problems().isEmpty() ? "it is not a mapping" : parsed.problems().get(0).message();
                problems.add(new AppModel.Problem(document.positionOf("/spec/templatePatch"), "ApplicationSet " + name
                        + ": templatePatch for " + describe(set) + " does not give valid YAML: " + why));
                return Optional.empty();
            }
            mergePatch(application, YamlToJackson.convert(patchMap.get()));
        }
        return Optional.of(new GeneratedApplication(application, set, new GeneratedLocator(workspace, document, set,
                patchLines)));
    }

    /** JSON merge patch: maps merge, everything else (lists included) replaces. */
    private static void mergePatch(ObjectNode target, JsonNode patch) {
        for (var field : patch.properties()) {
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode object && field.getValue().isObject()) {
                mergePatch(object, field.getValue());
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    private static void collectStrings(JsonNode node, List<String> out) {
        if (node.isObject()) {
            for (var field : node.properties()) {
                out.add(field.getKey());
                collectStrings(field.getValue(), out);
            }
        } else if (node.isArray()) {
            node.forEach(item -> collectStrings(item, out));
        } else if (node.isString()) {
            out.add(node.asString());
        }
    }

    /** The same walk as {@link #collectStrings}, replacing each string in order. */
    private static JsonNode replaceStrings(JsonNode node, java.util.function.UnaryOperator<String> next) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (var field : node.properties()) {
                String key = next.apply(field.getKey());
                out.set(key, replaceStrings(field.getValue(), next));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> out.add(replaceStrings(item, next)));
            return out;
        }
        if (node.isString()) {
            return JsonNodeFactory.instance.stringNode(next.apply(node.asString()));
        }
        return node;
    }

    private static Position positionOfFailure(YamlDocument document, List<String> strings, List<TemplateResult> results,
            Optional<String> patch) {
        for (int i = 0; i < results.size(); i++) {
            if (!results.get(i).succeeded()) {
                boolean isPatch = patch.isPresent() && i == strings.size() - 1;
                return isPatch ? document.positionOf("/spec/templatePatch") : document.positionOf("/spec/template");
            }
        }
        return document.start();
    }

    private static String describe(ParamSet set) {
        String files = set.sourceFiles().isEmpty() ? "" : " (from " + String.join(", ", set.sourceFiles()) + ")";
        Object name = set.params().getOrDefault("name", set.params().getOrDefault("env", ""));
        return "parameters" + (name.toString().isEmpty() ? "" : " '" + name + "'") + files;
    }
}
