package dev.gitopslint.core.git;

/** Why a symlink is broken. */
public enum SymlinkProblem {
    /** The target (or a directory on the way to it) does not exist in the checked tree. */
    TARGET_MISSING,
    /** The target, resolved step by step, leaves the repository root. */
    OUTSIDE_REPOSITORY,
    /** The target is an absolute path: outside the repository and different on every machine. */
    ABSOLUTE_TARGET,
    /** The target never resolves because symlinks point at each other. */
    LINK_LOOP
}
