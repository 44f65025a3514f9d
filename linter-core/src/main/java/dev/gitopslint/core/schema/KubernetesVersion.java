package dev.gitopslint.core.schema;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Kubernetes minor version such as 1.35; patch levels are irrelevant to schemas and API lifecycles. */
public record KubernetesVersion(int major, int minor) implements Comparable<KubernetesVersion> {

    private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.\\d+)?(?:[-+].*)?");

    /**
     * Parses {@code 1.35}, {@code v1.35} or {@code 1.35.2}.
     *
     * @throws IllegalArgumentException with a message fit for the user
     */
    public static KubernetesVersion parse(String text) {
        Matcher matcher = VERSION.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a Kubernetes version: '" + text + "' (expected e.g. 1.35)");
        }
        return new KubernetesVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    @Override
    public int compareTo(KubernetesVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    public boolean isBefore(KubernetesVersion other) {
        return compareTo(other) < 0;
    }

    /** The next minor version (1.35 → 1.36). */
    public KubernetesVersion next() {
        return new KubernetesVersion(major, minor + 1);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
