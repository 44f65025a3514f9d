package dev.gitopslint.core.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

/**
 * Decides from the submodule's local clone: the commit must be contained in one of the remote-tracking
 * refs of the clone's remote for the submodule url, or in a tag. This is as fresh as the clone's last
 * fetch, which is why a stale clone can still vouch for a commit that a force push removed.
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
        Set<String> remotesWithRefs = remotesWithTrackingRefs(clone);
        if (remotesWithRefs.isEmpty()) {
            return Verdict.unverified("cannot verify commit " + shortId
                    + ": the submodule clone has no remote-tracking refs (fetch it, or check with --online)",
                    resolvedUrl);
        }
        Optional<String> remote = chooseRemote(clone, resolvedUrl, remotesWithRefs);
        if (remote.isEmpty()) {
            return Verdict.unverified("cannot verify commit " + shortId + ": the submodule clone tracks "
                    + String.join(", ", remotesWithRefs) + " but none of them is " + resolvedUrl, resolvedUrl);
        }
        String remoteName = remote.get();
        String configuredUrl = clone.getConfig().getString("remote", remoteName, "url");
        String remoteUrl = configuredUrl != null ? configuredUrl : resolvedUrl;
        if (!clone.getObjectDatabase().has(commit)) {
            return new Verdict(Reachability.UNVERIFIED, "cannot verify commit " + shortId
                    + ": it is not in the local submodule clone (run 'git submodule update', or check with --online)",
                    Optional.of(remoteName), remoteUrl);
        }
        List<Ref> refs = new ArrayList<>(clone.getRefDatabase().getRefsByPrefix(Constants.R_REMOTES + remoteName + "/"));
        refs.removeIf(Ref::isSymbolic);
        refs.addAll(clone.getRefDatabase().getRefsByPrefix(Constants.R_TAGS));
        refs.sort(CommitAncestry.preferredOrder());
        Optional<String> containing = CommitAncestry.firstContaining(clone, commit, refs);
        if (containing.isPresent()) {
            return new Verdict(Reachability.REACHABLE, "commit " + shortId + " is on "
                    + Repository.shortenRefName(containing.get()) + " of " + remoteUrl,
                    Optional.of(remoteName), remoteUrl);
        }
        if (!clone.getObjectDatabase().getShallowCommits().isEmpty()) {
            return new Verdict(Reachability.UNVERIFIED, "cannot verify commit " + shortId
                    + ": the submodule clone is shallow, so its history may be cut before the commit",
                    Optional.of(remoteName), remoteUrl);
        }
        return new Verdict(Reachability.UNREACHABLE, "commit " + shortId + " is not on any branch or tag of "
                + remoteUrl + " (as of the submodule clone's last fetch); push it, or record a pushed commit",
                Optional.of(remoteName), remoteUrl);
    }

    /**
     * The clone's remote for the submodule url; else {@code origin}; else the only remote with
     * tracking refs. A clone with several unrelated remotes and none matching is not guessed at.
     */
    private static Optional<String> chooseRemote(Repository clone, String resolvedUrl, Set<String> withRefs) {
        String wanted = SubmoduleUrls.comparable(resolvedUrl);
        for (String name : clone.getConfig().getSubsections("remote")) {
            String url = clone.getConfig().getString("remote", name, "url");
            if (url != null && SubmoduleUrls.comparable(url).equals(wanted) && withRefs.contains(name)) {
                return Optional.of(name);
            }
        }
        if (withRefs.contains(Constants.DEFAULT_REMOTE_NAME)) {
            return Optional.of(Constants.DEFAULT_REMOTE_NAME);
        }
        return withRefs.size() == 1 ? Optional.of(withRefs.iterator().next()) : Optional.empty();
    }

    private static Set<String> remotesWithTrackingRefs(Repository clone) throws IOException {
        Set<String> names = new TreeSet<>();
        for (Ref ref : clone.getRefDatabase().getRefsByPrefix(Constants.R_REMOTES)) {
            String rest = ref.getName().substring(Constants.R_REMOTES.length());
            int slash = rest.indexOf('/');
            if (slash > 0 && !ref.isSymbolic()) {
                names.add(rest.substring(0, slash));
            }
        }
        return names;
    }

    @Override
    public void close() {
        // the superproject belongs to the caller
    }
}
