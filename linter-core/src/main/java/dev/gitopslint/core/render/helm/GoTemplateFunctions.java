package dev.gitopslint.core.render.helm;

import java.util.Set;

/**
 * Reconciles Argo CD's ApplicationSet function map with Helm's, which is what evaluates the templates
 * here. Both are Go text/template with Sprig (minus {@code env} and {@code expandenv}); they differ in:
 * <ul>
 * <li>{@code normalize} (Argo only): rewritten to {@code include "gitopslint.normalize"}, a template
 * defined with Sprig functions that does what Argo's {@code SanitizeName} does. It takes exactly one
 * argument, as {@code include} takes one data argument after the name, so every call form keeps its
 * meaning;</li>
 * <li>{@code slugify} (Argo only): transliterates Unicode, which Sprig cannot; reported as unsupported;</li>
 * <li>functions only Helm has ({@code include}, {@code tpl}, {@code required}, {@code lookup},
 * {@code toToml}, ...) and {@code getHostByName} (removed by Argo): Argo fails to parse such a template,
 * so it fails here too, with Go's message.</li>
 * </ul>
 * Only bare identifiers inside actions are looked at; fields ({@code .normalize}), variables, strings,
 * characters, numbers and comments are skipped, so this is a lexical pass and never evaluates anything.
 */
final class GoTemplateFunctions {

    static final String NORMALIZE_TEMPLATE = "gitopslint.normalize";
    /** Argo's SanitizeName: lower case, [^-a-z0-9.] to '-', at most 253 bytes, no leading or trailing '-' or '.'. */
    static final String NORMALIZE_DEFINITION = "{{- define \"" + NORMALIZE_TEMPLATE + "\" -}}"
            + "{{- regexReplaceAll \"[^-a-z0-9.]\" (lower .) \"-\" | trunc 253 | trimAll \"-.\" -}}"
            + "{{- end -}}\n";

    static final Set<String> HELM_ONLY = Set.of("include", "tpl", "required", "lookup", "toToml", "fromToml",
            "toYamlPretty", "fromJson", "fromJsonArray", "getHostByName");

    /** The template to evaluate, or why it cannot be evaluated like Argo CD would. */
    record Inspection(String template, TemplateResult failure) {
    }

    private GoTemplateFunctions() {
    }

    static Inspection inspect(String template) {
        StringBuilder out = new StringBuilder(template.length() + 16);
        int n = template.length();
        int i = 0;
        while (i < n) {
            int open = template.indexOf("{{", i);
            if (open < 0) {
                out.append(template, i, n);
                break;
            }
            out.append(template, i, open + 2);
            i = open + 2;
            while (i < n) {
                char c = template.charAt(i);
                if (template.startsWith("}}", i)) {
                    out.append("}}");
                    i += 2;
                    break;
                } else if (template.startsWith("/*", i)) {
                    int close = template.indexOf("*/", i + 2);
                    int end = close < 0 ? n : close + 2;
                    out.append(template, i, end);
                    i = end;
                } else if (c == '"' || c == '\'') {
                    int end = quotedEnd(template, i, c);
                    out.append(template, i, end);
                    i = end;
                } else if (c == '`') {
                    int close = template.indexOf('`', i + 1);
                    int end = close < 0 ? n : close + 1;
                    out.append(template, i, end);
                    i = end;
                } else if (c == '$' || c == '.') {
                    int end = identifierEnd(template, i + 1);
                    out.append(template, i, end);
                    i = end;
                } else if (Character.isDigit(c)) {
                    int end = numberEnd(template, i);
                    out.append(template, i, end);
                    i = end;
                } else if (Character.isLetter(c) || c == '_') {
                    int end = identifierEnd(template, i);
                    String identifier = template.substring(i, end);
                    if (identifier.equals("normalize")) {
                        out.append("include ").append(GoStrings.quote(NORMALIZE_TEMPLATE));
                    } else if (identifier.equals("slugify")) {
                        return new Inspection(null, TemplateResult.unsupported(
                                "slugify is an Argo CD template function that the embedded Helm engine cannot"
                                        + " evaluate (it transliterates Unicode)"));
                    } else if (HELM_ONLY.contains(identifier)) {
                        return new Inspection(null, TemplateResult.failed("template: :" + lineOf(template, i)
                                + ": function " + GoStrings.quote(identifier) + " not defined"));
                    } else {
                        out.append(identifier);
                    }
                    i = end;
                } else {
                    out.append(c);
                    i++;
                }
            }
        }
        return new Inspection(out.toString(), null);
    }

    private static int quotedEnd(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || c == '\n') {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static int identifierEnd(String text, int start) {
        int i = start;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    private static int numberEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            char previous = text.charAt(i - 1);
            boolean exponentSign = (c == '+' || c == '-') && "eEpP".indexOf(previous) >= 0;
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || exponentSign) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
