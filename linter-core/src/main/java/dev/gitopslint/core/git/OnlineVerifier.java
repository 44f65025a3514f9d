package dev.gitopslint.core.git;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.util.FileUtils;

/**
 * Decides by asking the remote. First the advertised branches and tags (cheap): a commit that is a
 * tip is reachable. Otherwise the branches and tags are fetched into a temporary bare repository, which
 * then decides ancestry; it is deleted on {@link #close()}. Each remote is contacted at most once per
 * check, however many submodules share it.
 */
final class OnlineVerifier implements SubmoduleVerifier {

    private final Duration networkTimeout;
    private final Duration fetchDeadline;
    private final Path temporaryParent;
    private final Map<String, Advertisement> advertisements = new HashMap<>();
    private final Map<String, Fetched> fetches = new HashMap<>();

    OnlineVerifier(Duration networkTimeout, Duration fetchDeadline) {
        this(networkTimeout, fetchDeadline, null);
    }

    /** @param temporaryParent where fetched repositories go; {@code null} for the system's temporary directory */
    OnlineVerifier(Duration networkTimeout, Duration fetchDeadline, Path temporaryParent) {
        this.networkTimeout = networkTimeout;
        this.fetchDeadline = fetchDeadline;
        this.temporaryParent = temporaryParent;
    }

    @Override
    public Verdict verify(GitmodulesEntry entry, ObjectId commit, String url) {
        String shortId = commit.abbreviate(12).name();
        Advertisement advertised = advertisements.computeIfAbsent(url, this::listRemote);
        if (advertised.failure() != null) {
            return Verdict.unverified("cannot verify commit " + shortId + ": " + advertised.failure(), url);
        }
        Optional<String> tip = advertised.tipFor(commit);
        if (tip.isPresent()) {
            return reachable("commit " + shortId + " is the tip of " + Repository.shortenRefName(tip.get())
                    + " on " + url, url);
        }
        if (advertised.refs().isEmpty()) {
            return unreachable("commit " + shortId + " cannot be fetched: " + url + " has no branches or tags", url);
        }
        Fetched fetched = fetches.computeIfAbsent(url, this::fetchAll);
        if (fetched.failure() != null) {
            return Verdict.unverified("cannot verify commit " + shortId + ": " + fetched.failure(), url);
        }
        try (Git git = Git.open(fetched.directory().toFile())) {
            Repository repository = git.getRepository();
            if (!repository.getObjectDatabase().has(commit)) {
                return unreachable("commit " + shortId + " is not on any branch or tag of " + url
                        + "; push it, or record a pushed commit", url);
            }
            List<Ref> refs = new ArrayList<>(repository.getRefDatabase().getRefs());
            refs.sort(CommitAncestry.preferredOrder());
            Optional<String> containing = CommitAncestry.firstContaining(repository, commit, refs);
            return containing
                    .map(ref -> reachable("commit " + shortId + " is on " + Repository.shortenRefName(ref)
                            + " of " + url, url))
                    .orElseGet(() -> unreachable("commit " + shortId + " is not on any branch or tag of " + url
                            + "; push it, or record a pushed commit", url));
        } catch (IOException | RuntimeException e) {
            return Verdict.unverified("cannot verify commit " + shortId + ": reading the fetched history of "
                    + url + " failed (" + e.getMessage() + ")", url);
        }
    }

    private static Verdict reachable(String reason, String url) {
        return new Verdict(Reachability.REACHABLE, reason, Optional.empty(), url);
    }

    private static Verdict unreachable(String reason, String url) {
        return new Verdict(Reachability.UNREACHABLE, reason, Optional.empty(), url);
    }

    private int timeoutSeconds() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, networkTimeout.toSeconds()));
    }

    private Advertisement listRemote(String url) {
        if (needsSsh(url) && SshSessionFactory.getInstance() == null) {
            return new Advertisement(List.of(), "ssh remotes like " + url + " cannot be asked without an SSH "
                    + "client; use an https url for the submodule, or the offline check");
        }
        try {
            Collection<Ref> refs = Git.lsRemoteRepository()
                    .setRemote(url)
                    .setHeads(true)
                    .setTags(true)
                    .setTimeout(timeoutSeconds())
                    .call();
            return new Advertisement(List.copyOf(refs), null);
        } catch (GitAPIException | RuntimeException e) {
            return new Advertisement(List.of(), describe(url, e));
        }
    }

    private Fetched fetchAll(String url) {
        Path directory = null;
        DeadlineMonitor deadline = new DeadlineMonitor(fetchDeadline);
        try {
            directory = temporaryParent == null
                    ? Files.createTempDirectory("gitops-lint-remote-")
                    : Files.createTempDirectory(temporaryParent, "gitops-lint-remote-");
            try (Git git = Git.init().setBare(true).setDirectory(directory.toFile()).call()) {
                git.fetch()
                        .setRemote(url)
                        .setRefSpecs(new RefSpec("+refs/heads/*:refs/heads/*"), new RefSpec("+refs/tags/*:refs/tags/*"))
                        .setTagOpt(TagOpt.NO_TAGS)
                        .setTimeout(timeoutSeconds())
                        .setProgressMonitor(deadline)
                        .call();
            }
            if (deadline.expired()) {
                throw new IOException("the fetch took longer than " + fetchDeadline.toSeconds() + " s");
            }
            return new Fetched(directory, null);
        } catch (GitAPIException | IOException | RuntimeException e) {
            delete(directory);
            String failure = deadline.expired()
                    ? "fetching " + url + " took longer than " + fetchDeadline.toSeconds() + " s"
                    : describe(url, e);
            return new Fetched(null, failure);
        }
    }

    private static boolean needsSsh(String url) {
        try {
            URIish uri = new URIish(url);
            String scheme = uri.getScheme();
            return scheme == null ? uri.getHost() != null : scheme.contains("ssh");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A one-line account of a transport failure, with the innermost cause when it adds something. */
    private static String describe(String url, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String outer = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        String inner = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        String message = root != e && !outer.contains(inner) ? outer + ": " + inner : outer;
        boolean notFound = e instanceof NoRemoteRepositoryException || root instanceof NoRemoteRepositoryException;
        return (notFound ? "remote " + url + " was not found or is not accessible (" : "cannot reach remote "
                + url + " (") + message + ")";
    }

    @Override
    public void close() {
        for (Fetched fetched : fetches.values()) {
            delete(fetched.directory());
        }
        fetches.clear();
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try {
            FileUtils.delete(directory.toFile(), FileUtils.RECURSIVE | FileUtils.RETRY | FileUtils.SKIP_MISSING);
        } catch (IOException e) {
            // a leftover temporary directory is not worth failing the lint for
        }
    }

    private record Advertisement(List<Ref> refs, String failure) {
        Optional<String> tipFor(ObjectId commit) {
            return refs.stream()
                    .filter(ref -> commit.equals(ref.getObjectId()) || commit.equals(ref.getPeeledObjectId()))
                    .map(Ref::getName)
                    .sorted()
                    .findFirst();
        }
    }

    private record Fetched(Path directory, String failure) {
    }
}
