package dev.gitopslint.core.git;

/**
 * Something in {@code .gitmodules} that prevents reading an entry (a syntax error, an entry without a
 * path).
 *
 * @param message  what is wrong
 * @param position where; {@link TextPosition#START} when the file as a whole is unreadable
 */
public record GitmodulesProblem(String message, TextPosition position) {
}
