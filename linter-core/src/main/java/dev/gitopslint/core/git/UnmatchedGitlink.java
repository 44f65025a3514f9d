package dev.gitopslint.core.git;

/**
 * A gitlink (a submodule commit recorded in the tree) with no {@code .gitmodules} entry for its path:
 * {@code git submodule update} fails on it with "No url found for submodule path".
 *
 * @param path   the gitlink's path, {@code /}-separated
 * @param commit the recorded commit (40 hex digits)
 */
public record UnmatchedGitlink(String path, String commit) {
}
