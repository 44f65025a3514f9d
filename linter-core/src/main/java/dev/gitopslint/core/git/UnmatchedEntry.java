package dev.gitopslint.core.git;

/**
 * A {@code .gitmodules} entry whose path has no gitlink in the tree (a leftover of a removed submodule,
 * or a path typo).
 *
 * @param name     the entry's name
 * @param path     the entry's {@code path} value, or empty when the entry has none
 * @param position where the entry's header is in {@code .gitmodules}
 */
public record UnmatchedEntry(String name, String path, TextPosition position) {
}
