/**
 * Facts about the git repository being linted that YAML alone cannot give: whether each submodule's
 * recorded commit can be fetched from its remote ({@link dev.gitopslint.core.git.SubmoduleCheck}) and
 * whether tracked symlinks point somewhere that exists inside the repository
 * ({@link dev.gitopslint.core.git.SymlinkCheck}).
 *
 * <p>Wiring: a pull-request or CI run checks {@link dev.gitopslint.core.git.TreeSource#HEAD}; a
 * pre-commit hook checks the index, passing {@code $GIT_INDEX_FILE} when git set it
 * ({@code SubmoduleCheckOptions.offline().withIndexFile(...)}, {@code new SymlinkCheck(INDEX, ...)});
 * {@code --online} selects {@link dev.gitopslint.core.git.CheckMode#ONLINE}.
 *
 * <p>Both checks answer with plain result records and never throw for problems in the user's
 * repository: a directory that is not a git repository, or has no commits, simply yields no results.
 */
package dev.gitopslint.core.git;
