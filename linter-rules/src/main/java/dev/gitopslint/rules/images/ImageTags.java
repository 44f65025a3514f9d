package dev.gitopslint.rules.images;

import dev.gitopslint.core.images.ImageReference;
import dev.gitopslint.core.images.TagPolicy;
import java.util.Optional;

/** Tells "latest or no tag, without a digest" for an image string; unparseable or templated strings are not judged. */
final class ImageTags {

    private static final TagPolicy POLICY = TagPolicy.defaults();

    private ImageTags() {
    }

    /** Why the reference floats ("uses the :latest tag", "has no tag..."), or empty when pinned or not judged. */
    static Optional<String> latestProblem(String text) {
        Optional<ImageReference> reference = ImageReference.tryParse(text.trim());
        if (reference.isEmpty() || !POLICY.isLatestOrUntagged(reference.get())) {
            return Optional.empty();
        }
        return Optional.of(reference.get().hasTag() ? "uses the :latest tag" : "has no tag, so it means :latest");
    }
}
