package dev.gitopslint.core.git;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the repository's git data says, gathered once per run: the state of every submodule and the
 * tracked symlinks that lead nowhere or out of the repository. Under pre-commit ({@code GIT_INDEX_FILE}
 * set) the index is read, since that is what the commit will contain.
 */
public record GitFacts(SubmoduleReport submodules, List<BrokenSymlink> brokenSymlinks) {

    public GitFacts {
        brokenSymlinks = List.copyOf(brokenSymlinks);
    }

    public static GitFacts none() {
        return new GitFacts(SubmoduleReport.EMPTY, List.of());
    }

    public static GitFacts gather(Path repository, boolean online, Map<String, String> environment) {
        Optional<Path> index = Optional.ofNullable(environment.get("GIT_INDEX_FILE")).filter(s -> !s.isBlank())
                .map(Path::of);
        SubmoduleCheckOptions options = online ? SubmoduleCheckOptions.online() : SubmoduleCheckOptions.offline();
        if (index.isPresent()) {
            options = options.withIndexFile(index.get());
        }
        TreeSource source = index.isPresent() ? TreeSource.INDEX : TreeSource.HEAD;
        try {
            return new GitFacts(new SubmoduleCheck(options).check(repository),
                    new SymlinkCheck(source, index).check(repository));
        } catch (GitCheckException e) {
            return new GitFacts(new SubmoduleReport(List.of(), List.of(), List.of(), List.of(
                    new GitmodulesProblem("cannot read the git repository: " + e.getMessage(), TextPosition.START))),
                    List.of());
        }
    }
}
