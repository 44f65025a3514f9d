package dev.gitopslint.core.images;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An image declared in a Helm values tree: an {@code image: "repo:tag"} string or a
 * {@code {registry?, repository, tag?, digest?}} block.
 *
 * @param pointer      the JSON pointer of the declaration (the string, or the block)
 * @param blamePointer the field a finding should point to: the string itself; in a block the
 *                     {@code tag} when present, else the {@code repository}
 * @param text         the reference text (a block's fields joined: {@code registry/repository:tag@digest})
 * @param fieldPointers for a block, the pointer of each field present ({@code registry},
 *                     {@code repository}, {@code tag}, {@code digest}); empty for a string
 * @param tagLeftToChart a block without a tag (or with an empty one): charts conventionally fall back
 *                     to their {@code appVersion}, so the missing tag is not {@code latest}
 */
public record ValuesImage(String pointer, String blamePointer, String text, Map<String, String> fieldPointers,
        boolean tagLeftToChart) {

    public ValuesImage {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(blamePointer, "blamePointer");
        Objects.requireNonNull(text, "text");
        fieldPointers = Map.copyOf(fieldPointers);
    }

    /** Whether the declaration is a block rather than a single string. */
    public boolean isBlock() {
        return !fieldPointers.isEmpty();
    }

    /** Text with a template expression ({@code {{ ... }}}), rendered by the chart with {@code tpl}. */
    public boolean isTemplated() {
        return text.contains("{{");
    }

    /**
     * The parsed reference.
     *
     * @throws InvalidImageReferenceException when the text is not a valid reference
     */
    public ImageReference reference() {
        return ImageReference.parse(text);
    }

    public Optional<ImageReference> tryReference() {
        return ImageReference.tryParse(text);
    }
}
