package dev.gitopslint.core.render.helm;

import java.util.Objects;

/**
 * One Argo CD {@code helm.parameters} entry: {@code --set name=value}, or {@code --set-string} when
 * {@code forceString} is true. {@code name} uses Helm's key syntax ({@code a.b}, {@code a\.b},
 * {@code list[0]}).
 */
public record HelmParameter(String name, String value, boolean forceString) {

    public HelmParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    public static HelmParameter set(String name, String value) {
        return new HelmParameter(name, value, false);
    }

    public static HelmParameter setString(String name, String value) {
        return new HelmParameter(name, value, true);
    }
}
