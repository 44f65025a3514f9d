package dev.gitopslint.core.render.helm;

/**
 * The outcome of evaluating one ApplicationSet template string.
 *
 * @param output      the evaluated text, or null on failure
 * @param error       why evaluation failed, in Go's words where Go produced the message; null on success
 * @param unsupported true when the template is valid for Argo CD but uses something this engine cannot
 *                    evaluate faithfully (the {@code slugify} function); {@code error} then says what
 */
public record TemplateResult(String output, String error, boolean unsupported) {

    public TemplateResult {
        if ((output == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of output and error must be set");
        }
    }

    public static TemplateResult ok(String output) {
        return new TemplateResult(output, null, false);
    }

    public static TemplateResult failed(String error) {
        return new TemplateResult(null, error, false);
    }

    public static TemplateResult unsupported(String reason) {
        return new TemplateResult(null, reason, true);
    }

    public boolean succeeded() {
        return output != null;
    }
}
