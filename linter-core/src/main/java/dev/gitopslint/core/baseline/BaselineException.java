package dev.gitopslint.core.baseline;

/** A baseline file that cannot be used; the message names the file and, where known, the line. */
public final class BaselineException extends Exception {

    public BaselineException(String message) {
        super(message);
    }
}
