package dev.gitopslint.core.images;

import java.util.Objects;

/** An image the locker could not resolve, with why (the message names the registry and the problem). */
public record ImageFailure(ImageReference image, RegistryException.Reason reason, String message)
        implements Comparable<ImageFailure> {

    public ImageFailure {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public int compareTo(ImageFailure other) {
        return image.compareTo(other.image);
    }
}
