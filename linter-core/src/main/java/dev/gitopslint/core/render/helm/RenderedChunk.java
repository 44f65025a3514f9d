package dev.gitopslint.core.render.helm;

import java.util.Objects;

/**
 * One document of Helm's output and the template that produced it.
 *
 * @param sourceTemplate           the path from Helm's {@code # Source:} line, starting with the chart
 *                                 name: {@code app/templates/deployment.yaml},
 *                                 {@code app/charts/redis/templates/svc.yaml}, {@code app/crds/foo.yaml};
 *                                 empty for text without any marker
 * @param yamlText                 the document, without the {@code ---} separator and marker lines
 * @param firstLineInRenderedText  1-based line of the document's first line in the whole rendered text
 */
public record RenderedChunk(String sourceTemplate, String yamlText, int firstLineInRenderedText) {

    public RenderedChunk {
        Objects.requireNonNull(sourceTemplate, "sourceTemplate");
        Objects.requireNonNull(yamlText, "yamlText");
    }

    /**
     * The template's path inside the top-level chart directory ({@code templates/deployment.yaml},
     * {@code charts/redis/templates/svc.yaml}). The subchart segment is the subchart's name or alias,
     * which is usually, but not necessarily, its directory name; a subchart vendored as a {@code .tgz}
     * has no such file on disk.
     */
    public String chartRelativePath() {
        int slash = sourceTemplate.indexOf('/');
        return slash < 0 ? sourceTemplate : sourceTemplate.substring(slash + 1);
    }

    /** 1-based line in the rendered text of the document's line {@code lineInChunk} (also 1-based). */
    public int renderedLine(int lineInChunk) {
        return firstLineInRenderedText + lineInChunk - 1;
    }
}
