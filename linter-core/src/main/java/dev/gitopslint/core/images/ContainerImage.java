package dev.gitopslint.core.images;

import java.util.Objects;
import java.util.Optional;

/**
 * The image of one container of a pod spec.
 *
 * @param containerType {@code containers}, {@code initContainers} or {@code ephemeralContainers}
 * @param containerName the container's {@code name} ("" when missing)
 * @param image         the {@code image} text as written
 * @param pointer       the JSON pointer of the {@code image} field in the document, e.g.
 *                      {@code /spec/template/spec/containers/0/image}
 * @param podSpecPointer the JSON pointer of the pod spec holding the container (for its
 *                      {@code imagePullSecrets}, {@code nodeSelector}, {@code affinity})
 */
public record ContainerImage(String containerType, String containerName, String image, String pointer,
        String podSpecPointer) {

    public ContainerImage {
        Objects.requireNonNull(containerType, "containerType");
        Objects.requireNonNull(containerName, "containerName");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(podSpecPointer, "podSpecPointer");
    }

    /**
     * The parsed reference.
     *
     * @throws InvalidImageReferenceException when the text is not a valid reference
     */
    public ImageReference reference() {
        return ImageReference.parse(image);
    }

    public Optional<ImageReference> tryReference() {
        return ImageReference.tryParse(image);
    }
}
