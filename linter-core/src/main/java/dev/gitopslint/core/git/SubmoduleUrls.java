package dev.gitopslint.core.git;

import java.io.IOException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Repository;

/**
 * Resolves a {@code .gitmodules} url the way {@code git submodule init} does: {@code ./} and
 * {@code ../} urls are relative to the superproject's default remote (the remote of the current
 * branch, else {@code origin}), or to the superproject's own directory when it has none.
 */
final class SubmoduleUrls {

    private SubmoduleUrls() {
    }

    static boolean isRelative(String url) {
        return url.startsWith("./") || url.startsWith("../");
    }

    static String resolve(String url, Repository superproject) throws IOException {
        return isRelative(url) ? resolve(url, defaultRemoteUrl(superproject)) : url;
    }

    /** The url {@code relative} names when read against {@code base}. */
    static String resolve(String relative, String base) {
        if (!isRelative(relative)) {
            return relative;
        }
        String remote = base;
        while (remote.endsWith("/")) {
            remote = remote.substring(0, remote.length() - 1);
        }
        String rest = relative;
        boolean colonSeparated = false;
        while (true) {
            if (rest.startsWith("../")) {
                rest = rest.substring(3);
                int slash = remote.lastIndexOf('/');
                int colon = remote.lastIndexOf(':');
                if (slash >= 0) {
                    remote = remote.substring(0, slash);
                } else if (colon >= 0) {
                    // scp-like "host:repo.git": going up from the top lands on "host:"
                    remote = remote.substring(0, colon);
                    colonSeparated = true;
                } else {
                    remote = ".";
                }
            } else if (rest.startsWith("./")) {
                rest = rest.substring(2);
            } else {
                break;
            }
        }
        String resolved = remote + (colonSeparated ? ":" : "/") + rest;
        while (resolved.endsWith("/")) {
            resolved = resolved.substring(0, resolved.length() - 1);
        }
        return resolved;
    }

    private static String defaultRemoteUrl(Repository superproject) throws IOException {
        Config config = superproject.getConfig();
        String remote = null;
        String branch = superproject.getBranch();
        if (branch != null) {
            remote = config.getString("branch", branch, "remote");
        }
        if (remote == null) {
            remote = "origin";
        }
        String url = config.getString("remote", remote, "url");
        return url != null ? url : superproject.getWorkTree().getAbsolutePath();
    }

    /**
     * A url reduced to host and path for comparison, so that the https, ssh and scp-like forms of one
     * repository compare equal, as do a {@code file://} url and its path; no trailing slash or
     * {@code .git}.
     */
    static String comparable(String url) {
        String u = url.trim();
        String hostAndPath;
        int scheme = u.indexOf("://");
        if (scheme > 0) {
            String rest = u.substring(scheme + 3);
            int slash = rest.indexOf('/');
            String authority = slash < 0 ? rest : rest.substring(0, slash);
            String path = slash < 0 ? "" : rest.substring(slash);
            authority = authority.substring(authority.lastIndexOf('@') + 1);
            int port = authority.lastIndexOf(':');
            if (port >= 0) {
                authority = authority.substring(0, port);
            }
            hostAndPath = authority.toLowerCase(java.util.Locale.ROOT) + path;
        } else {
            int colon = u.indexOf(':');
            int slash = u.indexOf('/');
            boolean scpLike = colon > 1 && (slash < 0 || colon < slash);
            if (scpLike) {
                String host = u.substring(u.lastIndexOf('@', colon) + 1, colon);
                String path = u.substring(colon + 1);
                hostAndPath = host.toLowerCase(java.util.Locale.ROOT) + (path.startsWith("/") ? "" : "/") + path;
            } else {
                hostAndPath = u;
            }
        }
        while (hostAndPath.endsWith("/")) {
            hostAndPath = hostAndPath.substring(0, hostAndPath.length() - 1);
        }
        if (hostAndPath.endsWith(".git")) {
            hostAndPath = hostAndPath.substring(0, hostAndPath.length() - 4);
        }
        return hostAndPath;
    }
}
