package dev.gitopslint.core.git;

/** Where the submodule check takes its knowledge of the remote from. */
public enum CheckMode {
    /** Only local data: the submodule clone's remote-tracking refs and tags. No network. */
    OFFLINE,
    /** Ask each submodule's remote for its branches and tags (and fetch them when needed). */
    ONLINE
}
