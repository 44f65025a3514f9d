package dev.gitopslint.core.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;

/** Answers "which of these refs contains this commit" in one repository. */
final class CommitAncestry {

    private CommitAncestry() {
    }

    /**
     * A ref (by name) whose commit is {@code commit} or has it as an ancestor ({@link #SOME_REF} when
     * one exists but naming it would take long); empty when none does.
     * Refs are tried in the order given, so callers put the most telling ones (the default branch)
     * first. The commit must be present in the repository.
     */
    static Optional<String> firstContaining(Repository repository, ObjectId commit, List<Ref> refs)
            throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit target = walk.parseCommit(commit);
            List<Tip> tips = tips(repository, walk, refs);
            for (Tip tip : tips) {
                if (tip.commit().equals(target)) {
                    return Optional.of(tip.refName());
                }
            }
            // One walk over the union decides. Naming a containing ref costs a walk per ref tried, so
            // only the first few (default branches first) are tried, which is almost always enough.
            if (!containedInAny(walk, target, tips)) {
                return Optional.empty();
            }
            for (Tip tip : tips.subList(0, Math.min(NAMING_ATTEMPTS, tips.size()))) {
                walk.reset();
                if (walk.isMergedInto(target, tip.commit())) {
                    return Optional.of(tip.refName());
                }
            }
            return Optional.of(SOME_REF);
        }
    }

    /** Returned instead of a ref name when the commit is contained but naming the ref was given up. */
    static final String SOME_REF = "a branch or tag";

    private static final int NAMING_ATTEMPTS = 8;

    private static boolean containedInAny(RevWalk walk, RevCommit target, List<Tip> tips) throws IOException {
        walk.reset();
        walk.setRetainBody(false);
        for (Tip tip : tips) {
            walk.markStart(tip.commit());
        }
        for (RevCommit c = walk.next(); c != null; c = walk.next()) {
            if (c.equals(target)) {
                return true;
            }
        }
        return false;
    }

    private record Tip(String refName, RevCommit commit) {
    }

    private static List<Tip> tips(Repository repository, RevWalk walk, List<Ref> refs) throws IOException {
        List<Tip> tips = new ArrayList<>();
        for (Ref ref : refs) {
            Ref peeled = ref.isPeeled() ? ref : repository.getRefDatabase().peel(ref);
            ObjectId id = peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : peeled.getObjectId();
            if (id == null) {
                continue;
            }
            try {
                RevObject object = walk.peel(walk.parseAny(id));
                if (object instanceof RevCommit commit) {
                    tips.add(new Tip(ref.getName(), commit));
                }
            } catch (MissingObjectException e) {
                // a ref to an object this clone lacks (partial clone) cannot vouch for anything
            }
        }
        return tips;
    }

    /** Orders refs for naming: default branches first, then other branches, then tags, by name. */
    static Comparator<Ref> preferredOrder() {
        return Comparator.comparingInt(CommitAncestry::rank).thenComparing(Ref::getName);
    }

    private static int rank(Ref ref) {
        String name = ref.getName();
        if (name.endsWith("/main") || name.endsWith("/master")) {
            return 0;
        }
        return name.startsWith("refs/tags/") ? 2 : 1;
    }
}
