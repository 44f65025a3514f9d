package dev.gitopslint.core.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * Checks that every submodule of a repository records a commit its remote can serve. A commit that
 * is on no branch or tag of the remote cannot be fetched by a clone ({@code upload-pack: not our ref}),
 * so every deploy of the repository fails.
 *
 * <p>Reads {@code .gitmodules} and the gitlinks from the same tree (HEAD's, or the index's), matches
 * them by path and decides each pair offline or online per {@link SubmoduleCheckOptions}.
 */
public final class SubmoduleCheck {

    private static final String GITMODULES = SubmoduleReport.GITMODULES;

    private final SubmoduleCheckOptions options;

    public SubmoduleCheck(SubmoduleCheckOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Checks the repository whose working tree is {@code repositoryRoot}.
     *
     * @return the report; {@link SubmoduleReport#EMPTY} when the directory is not the root of a git
     *     working tree (or its {@code .git} does not open), when HEAD has no commit (for {@link TreeSource#HEAD}), or when there are no
     *     submodules
     * @throws GitCheckException when the repository exists but cannot be read
     */
    public SubmoduleReport check(Path repositoryRoot) {
        Optional<Repository> opened = GitRepositories.openWorkTree(repositoryRoot);
        if (opened.isEmpty()) {
            return SubmoduleReport.EMPTY;
        }
        try (Repository repository = opened.get()) {
            Optional<TrackedTree> tree = TrackedTree.read(repository, options.source(), options.indexFile());
            return tree.isEmpty() ? SubmoduleReport.EMPTY : check(repository, tree.get());
        } catch (IOException e) {
            throw new GitCheckException("cannot read the git repository at " + repositoryRoot + ": "
                    + e.getMessage(), e);
        }
    }

    private SubmoduleReport check(Repository repository, TrackedTree tree) throws IOException {
        Map<String, ObjectId> gitlinks = new TreeMap<>();
        for (TrackedTree.Entry entry : tree.entries()) {
            if (entry.is(FileMode.GITLINK)) {
                gitlinks.put(entry.path(), entry.id());
            }
        }
        Optional<TrackedTree.Entry> modulesEntry = tree.entry(GITMODULES);
        // git reads .gitmodules only from a regular file, never through a symlink
        GitmodulesFile modules = modulesEntry.isPresent()
                && (modulesEntry.get().is(FileMode.REGULAR_FILE) || modulesEntry.get().is(FileMode.EXECUTABLE_FILE))
                ? GitmodulesFile.parse(tree.readText(modulesEntry.get()))
                : GitmodulesFile.empty();
        if (gitlinks.isEmpty() && modules.entries().isEmpty() && modules.problems().isEmpty()) {
            return SubmoduleReport.EMPTY;
        }

        List<SubmoduleResult> results = new ArrayList<>();
        List<UnmatchedEntry> entriesWithoutGitlink = new ArrayList<>();
        Set<String> described = new HashSet<>();
        try (SubmoduleVerifier verifier = verifierFor(repository)) {
            for (GitmodulesEntry entry : modules.entries()) {
                if (entry.path().isEmpty()) {
                    continue; // reported as a problem already
                }
                ObjectId commit = gitlinks.get(entry.path());
                if (commit == null) {
                    entriesWithoutGitlink.add(new UnmatchedEntry(entry.name(), entry.path(), entry.position()));
                    continue;
                }
                described.add(entry.path());
                results.add(resultFor(repository, verifier, entry, commit));
            }
        }
        List<UnmatchedGitlink> gitlinksWithoutEntry = new ArrayList<>();
        gitlinks.forEach((path, commit) -> {
            if (!described.contains(path)) {
                gitlinksWithoutEntry.add(new UnmatchedGitlink(path, commit.name()));
            }
        });
        results.sort(Comparator.comparing(SubmoduleResult::path).thenComparing(SubmoduleResult::name));
        return new SubmoduleReport(results, gitlinksWithoutEntry, entriesWithoutGitlink, modules.problems());
    }

    private SubmoduleVerifier verifierFor(Repository repository) {
        return options.mode() == CheckMode.ONLINE
                ? new OnlineVerifier(options.networkTimeout(), options.fetchDeadline())
                : new OfflineVerifier(repository);
    }

    private static SubmoduleResult resultFor(Repository repository, SubmoduleVerifier verifier,
            GitmodulesEntry entry, ObjectId commit) throws IOException {
        Verdict verdict;
        if (entry.url().isEmpty()) {
            verdict = Verdict.unverified("submodule '" + entry.name() + "' has no url in .gitmodules, so it "
                    + "cannot be cloned", "");
        } else {
            verdict = verifier.verify(entry, commit, SubmoduleUrls.resolve(entry.url(), repository));
        }
        return new SubmoduleResult(entry.name(), entry.path(), entry.url(), commit.name(),
                verdict.remoteName(), verdict.remoteUrl(), verdict.state(), verdict.reason(), entry.position());
    }
}
