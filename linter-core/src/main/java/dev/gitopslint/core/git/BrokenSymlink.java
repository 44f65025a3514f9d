package dev.gitopslint.core.git;

/**
 * A symlink that a checkout of the repository cannot follow to something inside it.
 *
 * @param path    the symlink's path relative to the checked root, {@code /}-separated
 * @param target  the symlink's target exactly as stored
 * @param problem the kind of breakage
 * @param reason  one human sentence explaining it
 */
public record BrokenSymlink(String path, String target, SymlinkProblem problem, String reason) {
}
