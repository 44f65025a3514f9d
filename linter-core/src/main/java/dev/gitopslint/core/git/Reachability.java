package dev.gitopslint.core.git;

/** Whether a submodule's recorded commit can be fetched from a branch or tag of its remote. */
public enum Reachability {
    /** The commit is, or is an ancestor of, a branch or tag of the remote. */
    REACHABLE,
    /** The remote's branches and tags are known and none contains the commit. */
    UNREACHABLE,
    /** The evidence needed to decide is missing; the result's reason says which. */
    UNVERIFIED
}
