package dev.gitopslint.core.git;

import java.util.List;

/**
 * Everything {@link SubmoduleCheck} found in one repository. Lists are sorted by path (problems by
 * position). Positions refer to {@link #GITMODULES} at the repository root.
 *
 * @param results              one verdict per submodule that has both an entry and a gitlink
 * @param gitlinksWithoutEntry gitlinks that {@code .gitmodules} does not describe
 * @param entriesWithoutGitlink {@code .gitmodules} entries with no gitlink at their path
 * @param problems             unreadable parts of {@code .gitmodules}
 */
public record SubmoduleReport(
        List<SubmoduleResult> results,
        List<UnmatchedGitlink> gitlinksWithoutEntry,
        List<UnmatchedEntry> entriesWithoutGitlink,
        List<GitmodulesProblem> problems) {

    /** The file every position of this report refers to, relative to the repository root. */
    public static final String GITMODULES = ".gitmodules";

    /** The report for a directory that is not a git repository or has nothing to check. */
    public static final SubmoduleReport EMPTY = new SubmoduleReport(List.of(), List.of(), List.of(), List.of());

    public SubmoduleReport {
        results = List.copyOf(results);
        gitlinksWithoutEntry = List.copyOf(gitlinksWithoutEntry);
        entriesWithoutGitlink = List.copyOf(entriesWithoutGitlink);
        problems = List.copyOf(problems);
    }

    public boolean isEmpty() {
        return results.isEmpty() && gitlinksWithoutEntry.isEmpty() && entriesWithoutGitlink.isEmpty()
                && problems.isEmpty();
    }
}
