package dev.gitopslint.core.render.helm;

import java.nio.file.Path;
import java.util.Objects;

/** One Argo CD {@code helm.fileParameters} entry: {@code --set-file name=path}, with an absolute path. */
public record HelmFileParameter(String name, Path file) {

    public HelmFileParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
    }
}
