package dev.gitopslint.core.git;

import org.eclipse.jgit.lib.ObjectId;

/** Decides whether a submodule's recorded commit is on a branch or tag of its remote. */
interface SubmoduleVerifier extends AutoCloseable {

    /**
     * @param entry       the submodule's {@code .gitmodules} entry
     * @param commit      the recorded commit
     * @param resolvedUrl the entry's url with relative forms resolved
     */
    Verdict verify(GitmodulesEntry entry, ObjectId commit, String resolvedUrl);

    @Override
    void close();
}
