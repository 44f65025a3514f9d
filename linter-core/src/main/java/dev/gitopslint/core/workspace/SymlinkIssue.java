package dev.gitopslint.core.workspace;

/** A symlink the scan did not follow because its target is missing or outside the repository. */
public record SymlinkIssue(String path, String target, boolean outsideRepository) {
}
