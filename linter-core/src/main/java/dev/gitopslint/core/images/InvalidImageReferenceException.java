package dev.gitopslint.core.images;

/**
 * An image reference that does not follow the distribution reference grammar. The message says what
 * is wrong in words a user can act on and quotes the offending text.
 */
public final class InvalidImageReferenceException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final String reason;

    InvalidImageReferenceException(String input, String reason) {
        super("invalid image reference \"" + input + "\": " + reason);
        this.input = input;
        this.reason = reason;
    }

    /** The text that failed to parse, as given. */
    public String input() {
        return input;
    }

    /** What is wrong, without the quoted input (for messages that already show it). */
    public String reason() {
        return reason;
    }
}
