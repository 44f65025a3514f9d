package dev.gitopslint.core.render.helm;

import java.util.Map;
import java.util.Objects;

/**
 * One ApplicationSet string to evaluate with Go templates: a {@code spec.template} string field (or map
 * key) or the whole {@code spec.templatePatch}, and one generator parameter set as its data.
 *
 * @param template        the Go template text
 * @param params          the generator's parameters: maps, lists, strings, numbers, booleans, null.
 *                        Not copied: jobs that share one parameter map are serialised once.
 * @param missingKeyError whether the ApplicationSet sets {@code goTemplateOptions: ["missingkey=error"]}
 */
public record TemplateJob(String template, Map<String, ?> params, boolean missingKeyError) {

    public TemplateJob {
        Objects.requireNonNull(template, "template");
        params = params == null ? Map.of() : params;
    }

    public TemplateJob(String template, Map<String, ?> params) {
        this(template, params, false);
    }
}
