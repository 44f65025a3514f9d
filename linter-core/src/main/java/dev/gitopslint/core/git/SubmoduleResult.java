package dev.gitopslint.core.git;

import java.util.Objects;
import java.util.Optional;

/**
 * The verdict for one submodule: a {@code .gitmodules} entry matched with the gitlink of the same path.
 *
 * @param name       the entry's name, {@code [submodule "name"]}
 * @param path       the submodule's path in the repository, {@code /}-separated
 * @param url        the url as written in {@code .gitmodules} (possibly relative, {@code ../x.git})
 * @param commit     the recorded commit (40 hex digits)
 * @param remoteName offline: the submodule clone's remote (for {@code remoteUrl}) whose refs were
 *                   consulted; online, or when no such remote was found: empty
 * @param remoteUrl  the remote the verdict is about: the {@code .gitmodules} url with a relative url
 *                   resolved against the superproject's remote (empty when the entry has no url)
 * @param state      the verdict
 * @param reason     one human sentence explaining the verdict
 * @param position   where the entry's {@code [submodule "name"]} header is in {@code .gitmodules}
 */
public record SubmoduleResult(
        String name,
        String path,
        String url,
        String commit,
        Optional<String> remoteName,
        String remoteUrl,
        Reachability state,
        String reason,
        TextPosition position) {

    public SubmoduleResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(remoteName, "remoteName");
        Objects.requireNonNull(remoteUrl, "remoteUrl");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(position, "position");
    }

    /** The abbreviated commit id for messages. */
    public String shortCommit() {
        return commit.substring(0, Math.min(12, commit.length()));
    }
}
