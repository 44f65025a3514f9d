package dev.gitopslint.core.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

/**
 * Decides from the submodule's local clone: the commit must be contained in one of the remote-tracking
 * refs of the clone's remote for the submodule url, or in a tag. This is as fresh as the clone's last
 * fetch, which is why a stale clone can still vouch for a commit that a force push removed. Only the
 * remote with the {@code .gitmodules} url counts: a fork's refs say nothing about what a deploy can
 * fetch.
 */
final class OfflineVerifier implements SubmoduleVerifier {

    private final Repository superproject;

    OfflineVerifier(Repository superproject) {
        this.superproject = superproject;
    }

    @Override
    public Verdict verify(GitmodulesEntry entry, ObjectId commit, String resolvedUrl) {
        String shortId = commit.abbreviate(12).name();
        Optional<Repository> opened;
        try {
            opened = GitRepositories.openSubmoduleClone(superproject, entry.name(), entry.path());
        } catch (IOException | RuntimeException e) {
            return Verdict.unverified("cannot verify commit " + shortId + ": the clone of submodule '"
                    + entry.name() + "' cannot be opened (" + e.getMessage() + ")", resolvedUrl);
        }
        if (opened.isEmpty()) {
            return Verdict.unverified("cannot verify commit " + shortId + ": submodule '" + entry.name()
                    + "' is not initialised (run 'git submodule update --init' or check with --online)",
                    resolvedUrl);
        }
        try (Repository clone = opened.get()) {
            return verifyInClone(clone, commit, shortId, resolvedUrl);
        } catch (IOException | RuntimeException e) {
            return Verdict.unverified("cannot verify commit " + shortId + ": the clone of submodule '"
                    + entry.name() + "' cannot be read (" + e.getMessage() + ")", resolvedUrl);
        }
    }

    private static Verdict verifyInClone(Repository clone, ObjectId commit, String shortId, String resolvedUrl)
            throws IOException {
        Optional<String> remote = remoteFor(clone, resolvedUrl);
        if (remote.isEmpty()) {
            // e.g. the url changed in .gitmodules without 'git submodule sync': the clone's refs are
            // about another repository and prove nothing either way
            return Verdict.unverified("cannot verify commit " + shortId + ": the submodule clone has no remote for "
                    + resolvedUrl + " (run 'git submodule sync' and fetch, or check with --online)", resolvedUrl);
        }
        String remoteName = remote.get();
        List<Ref> refs = new ArrayList<>(clone.getRefDatabase().getRefsByPrefix(Constants.R_REMOTES + remoteName + "/"));
        refs.removeIf(Ref::isSymbolic);
        if (refs.isEmpty()) {
            return new Verdict(Reachability.UNVERIFIED, "cannot verify commit " + shortId + ": the submodule clone has "
                    + "no remote-tracking refs of " + remoteName + " (fetch it, or check with --online)",
                    Optional.of(remoteName), resolvedUrl);
        }
        if (!clone.getObjectDatabase().has(commit)) {
            return new Verdict(Reachability.UNVERIFIED, "cannot verify commit " + shortId
                    + ": it is not in the local submodule clone (run 'git submodule update', or check with --online)",
                    Optional.of(remoteName), resolvedUrl);
        }
        refs.addAll(clone.getRefDatabase().getRefsByPrefix(Constants.R_TAGS));
        refs.sort(CommitAncestry.preferredOrder());
        Optional<String> containing = CommitAncestry.firstContaining(clone, commit, refs);
        if (containing.isPresent()) {
            return new Verdict(Reachability.REACHABLE, "commit " + shortId + " is on "
                    + Repository.shortenRefName(containing.get()) + " of " + resolvedUrl,
                    Optional.of(remoteName), resolvedUrl);
        }
        if (!clone.getObjectDatabase().getShallowCommits().isEmpty()) {
            return new Verdict(Reachability.UNVERIFIED, "cannot verify commit " + shortId
                    + ": the submodule clone is shallow, so its history may be cut before the commit",
                    Optional.of(remoteName), resolvedUrl);
        }
        return new Verdict(Reachability.UNREACHABLE, "commit " + shortId + " is not on any branch or tag of "
                + resolvedUrl + " as of the submodule clone's last fetch; push it, or record a pushed commit",
                Optional.of(remoteName), resolvedUrl);
    }

    /** The clone's remote whose url is the submodule's (the https, ssh and scp forms count as one). */
    private static Optional<String> remoteFor(Repository clone, String resolvedUrl) {
        String wanted = SubmoduleUrls.comparable(resolvedUrl);
        return clone.getConfig().getSubsections("remote").stream()
                .sorted()
                .filter(name -> {
                    String url = clone.getConfig().getString("remote", name, "url");
                    return url != null && SubmoduleUrls.comparable(url).equals(wanted);
                })
                .findFirst();
    }

    @Override
    public void close() {
        // the superproject belongs to the caller
    }
}
