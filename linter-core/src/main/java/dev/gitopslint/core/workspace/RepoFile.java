package dev.gitopslint.core.workspace;

/** A file found by the scan, by its path relative to the repository root. */
public record RepoFile(String path, FileKind kind, long size) {
}
