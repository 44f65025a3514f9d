package dev.gitopslint.core.git;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link SubmoduleCheck} runs.
 *
 * @param mode           offline (local evidence only) or online (ask each remote)
 * @param source         which tree's gitlinks and {@code .gitmodules} are checked
 * @param indexFile      the index to read for {@link TreeSource#INDEX} instead of the repository's own;
 *                       a pre-commit hook passes {@code $GIT_INDEX_FILE} here, because {@code git commit -a}
 *                       and {@code git commit <paths>} commit a temporary index; a relative path is
 *                       read against the repository root, where git runs hooks
 * @param networkTimeout online only: the connect and read timeout of every network operation, so an
 *                       unreachable remote gives an answer instead of a hang
 * @param fetchDeadline  online only: the longest a fetch of one remote may take in total
 */
public record SubmoduleCheckOptions(
        CheckMode mode,
        TreeSource source,
        Optional<Path> indexFile,
        Duration networkTimeout,
        Duration fetchDeadline) {

    public static final Duration DEFAULT_NETWORK_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration DEFAULT_FETCH_DEADLINE = Duration.ofMinutes(3);

    public SubmoduleCheckOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(indexFile, "indexFile");
        if (networkTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("networkTimeout must be at least one second");
        }
        if (fetchDeadline.compareTo(networkTimeout) < 0) {
            throw new IllegalArgumentException("fetchDeadline must not be shorter than networkTimeout");
        }
    }

    /** Offline check of HEAD with default timeouts. */
    public static SubmoduleCheckOptions offline() {
        return new SubmoduleCheckOptions(CheckMode.OFFLINE, TreeSource.HEAD, Optional.empty(),
                DEFAULT_NETWORK_TIMEOUT, DEFAULT_FETCH_DEADLINE);
    }

    /** Online check of HEAD with default timeouts. */
    public static SubmoduleCheckOptions online() {
        return offline().withMode(CheckMode.ONLINE);
    }

    public SubmoduleCheckOptions withMode(CheckMode newMode) {
        return new SubmoduleCheckOptions(newMode, source, indexFile, networkTimeout, fetchDeadline);
    }

    public SubmoduleCheckOptions withSource(TreeSource newSource) {
        return new SubmoduleCheckOptions(mode, newSource, indexFile, networkTimeout, fetchDeadline);
    }

    /** Reads the index from {@code file} (implies {@link TreeSource#INDEX}). */
    public SubmoduleCheckOptions withIndexFile(Path file) {
        return new SubmoduleCheckOptions(mode, TreeSource.INDEX, Optional.of(file), networkTimeout, fetchDeadline);
    }

    public SubmoduleCheckOptions withNetworkTimeout(Duration timeout) {
        Duration deadline = fetchDeadline.compareTo(timeout) < 0 ? timeout : fetchDeadline;
        return new SubmoduleCheckOptions(mode, source, indexFile, timeout, deadline);
    }

    public SubmoduleCheckOptions withFetchDeadline(Duration deadline) {
        return new SubmoduleCheckOptions(mode, source, indexFile, networkTimeout, deadline);
    }
}
