package dev.gitopslint.core.render.helm;

import java.nio.file.Path;
import java.util.List;

/**
 * A dependency declared in Chart.yaml (or requirements.yaml) that an offline render cannot use as
 * declared.
 *
 * @param file              the file that declares it
 * @param line              1-based line of the dependency's entry in {@code file}
 * @param vendoredVersions  versions of same-named charts found under {@code charts/} (or at the
 *                          {@code file://} path) that do not satisfy {@code version}
 */
public record MissingDependency(String name, String version, String repository, String alias, Path file,
                                int line, Reason reason, List<String> vendoredVersions) {

    public enum Reason {
        /** No chart of that name under {@code charts/}, and not a {@code file://} dependency. */
        NOT_VENDORED,
        /** A {@code file://} dependency whose directory has no Chart.yaml. */
        LOCAL_PATH_NOT_FOUND,
        /**
         * Only charts whose version does not satisfy the constraint. Helm still renders such a chart,
         * but as an undeclared subchart: the entry's alias, condition, tags and import-values are ignored.
         */
        VERSION_MISMATCH
    }

    public MissingDependency {
        vendoredVersions = List.copyOf(vendoredVersions);
    }

    public String message() {
        String declared = name + (version == null ? "" : " " + version);
        return switch (reason) {
            case NOT_VENDORED -> "dependency " + declared + " from " + repository
                    + " is not vendored under charts/; offline rendering needs it there (helm dependency build)";
            case LOCAL_PATH_NOT_FOUND -> "dependency " + declared + " points to " + repository
                    + ", which has no Chart.yaml";
            case VERSION_MISMATCH -> "dependency " + declared + " does not match the vendored version "
                    + String.join(", ", vendoredVersions);
        };
    }
}
