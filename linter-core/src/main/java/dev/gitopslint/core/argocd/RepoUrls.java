package dev.gitopslint.core.argocd;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Repository URLs compared the way people mean them: {@code https://github.com/org/repo.git},
 * {@code git@github.com:org/repo}, {@code ssh://git@github.com/org/repo} are one repository.
 */
public final class RepoUrls {

    private RepoUrls() {
    }

    /** {@code host/path} in lower case, without scheme, user, port, {@code .git} or trailing slash. */
    public static String normalize(String url) {
        String u = url.trim();
        int scheme = u.indexOf("://");
        if (scheme >= 0) {
            u = u.substring(scheme + 3);
        } else if (u.matches("^[^/@]+@[^/:]+:.*")) {
            u = u.replaceFirst(":", "/");
        }
        int at = u.indexOf('@');
        int slash = u.indexOf('/');
        if (at >= 0 && (slash < 0 || at < slash)) {
            u = u.substring(at + 1);
        }
        slash = u.indexOf('/');
        String host = slash < 0 ? u : u.substring(0, slash);
        String path = slash < 0 ? "" : u.substring(slash);
        host = host.replaceFirst(":\\d+$", "");
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.endsWith(".git")) {
            path = path.substring(0, path.length() - 4);
        }
        return (host + path).toLowerCase(Locale.ROOT);
    }

    /** The normalised URLs of the git remotes of the repository containing {@code dir}, if any. */
    public static Set<String> remotesOf(Path dir) {
        Set<String> urls = new TreeSet<>();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(dir.toFile());
        if (builder.getGitDir() == null) {
            return urls;
        }
        try (Repository repository = builder.build()) {
            for (String remote : repository.getConfig().getSubsections("remote")) {
                for (String url : repository.getConfig().getStringList("remote", remote, "url")) {
                    urls.add(normalize(url));
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable .git is treated as "no remotes": sources are then matched by their paths.
        }
        return urls;
    }
}
