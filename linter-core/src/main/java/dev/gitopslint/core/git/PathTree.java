package dev.gitopslint.core.git;

import java.io.IOException;

/** A read-only view of a file tree in which symlinks can be resolved step by step. */
interface PathTree {

    enum Kind { MISSING, FILE, DIRECTORY, SYMLINK, SUBMODULE }

    /** The kind of the entry at {@code path} ({@code /}-joined, relative; empty for the root), not following it. */
    Kind kind(String path) throws IOException;

    /** The target of the symlink at {@code path}. */
    String linkTarget(String path) throws IOException;

    /** Where the tree comes from, for messages: "in HEAD", "in the index", "". */
    String description();
}
