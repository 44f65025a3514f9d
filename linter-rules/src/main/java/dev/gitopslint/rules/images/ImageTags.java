package dev.gitopslint.rules.images;

import java.util.Optional;

/**
 * Reads the tag and digest off an image reference string, enough to tell "latest or no tag, without a
 * digest". Templated or empty strings are not judged.
 */
final class ImageTags {

    private ImageTags() {
    }

    /** Why the reference floats ("uses :latest", "has no tag"), or empty when it is pinned or not judged. */
    static Optional<String> latestProblem(String reference) {
        String image = reference.trim();
        if (image.isEmpty() || image.contains("{{") || image.contains("$") || image.contains("@")) {
            return Optional.empty();
        }
        String lastComponent = image.substring(image.lastIndexOf('/') + 1);
        int colon = lastComponent.indexOf(':');
        if (colon < 0) {
            return Optional.of("has no tag, so it means :latest");
        }
        return lastComponent.substring(colon + 1).equals("latest") ? Optional.of("uses the :latest tag")
                : Optional.empty();
    }
}
