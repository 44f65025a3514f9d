package dev.gitopslint.core.git;

/**
 * The repository exists but cannot be read (unreadable files, corrupt objects). Problems in the
 * repository's content are results, not exceptions; this is for an environment the check cannot work in.
 */
public final class GitCheckException extends RuntimeException {

    GitCheckException(String message, Throwable cause) {
        super(message, cause);
    }
}
