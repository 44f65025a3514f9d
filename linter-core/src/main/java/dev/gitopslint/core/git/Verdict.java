package dev.gitopslint.core.git;

import java.util.Optional;

/** What a verifier concluded about one commit, before it is attached to its submodule entry. */
record Verdict(Reachability state, String reason, Optional<String> remoteName, String remoteUrl) {

    static Verdict unverified(String reason, String remoteUrl) {
        return new Verdict(Reachability.UNVERIFIED, reason, Optional.empty(), remoteUrl);
    }
}
