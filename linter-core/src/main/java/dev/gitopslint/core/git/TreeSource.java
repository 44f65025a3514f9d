package dev.gitopslint.core.git;

/** Which version of the repository a git check reads. */
public enum TreeSource {
    /** The tree of the commit HEAD points to: what a pull request or a deploy sees. */
    HEAD,
    /** The staged tree in the index: what a pre-commit hook is about to commit. */
    INDEX
}
