package dev.gitopslint.core.render.helm;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Argo CD's ApplicationSet substitution when {@code goTemplate} is false (valyala/fasttemplate with
 * {@code {{} and {@code }}}): each {@code {{ key }}} whose trimmed key is a parameter becomes the
 * parameter's value; an empty or unknown key is written back unchanged, spaces included. Argo only
 * substitutes strings in which some line holds a {@code {{...}}} pair, and rejects a string with a
 * {@code {{} that is never closed. Substituted values are not scanned again.
 */
public final class FastTemplate {

    /** Argo's {@code .*{{.*}}.*}: the dot does not cross line breaks. */
    private static final Pattern TEMPLATED = Pattern.compile(".*\\{\\{.*}}.*");
    private static final String START = "{{";
    private static final String END = "}}";

    private FastTemplate() {
    }

    public static TemplateResult substitute(String template, Map<String, String> params) {
        if (!TEMPLATED.matcher(template).find()) {
            return TemplateResult.ok(template);
        }
        StringBuilder out = new StringBuilder(template.length());
        int position = 0;
        while (true) {
            int start = template.indexOf(START, position);
            if (start < 0) {
                out.append(template, position, template.length());
                return TemplateResult.ok(out.toString());
            }
            out.append(template, position, start);
            int tagStart = start + START.length();
            int end = template.indexOf(END, tagStart);
            if (end < 0) {
                return TemplateResult.failed("invalid template: Cannot find end tag=\"}}\" in the template="
                        + quote(template) + " starting from " + quote(template.substring(tagStart)));
            }
            String tag = template.substring(tagStart, end);
            String key = tag.strip();
            String value = key.isEmpty() ? null : params.get(key);
            out.append(value != null ? value : START + tag + END);
            position = end + END.length();
        }
    }

    private static String quote(String text) {
        return GoStrings.quote(text);
    }
}
