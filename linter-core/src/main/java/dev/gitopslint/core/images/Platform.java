package dev.gitopslint.core.images;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An image platform {@code os/architecture[/variant]}, e.g. {@code linux/amd64} or
 * {@code linux/arm/v7}. Values are kept as the registry or the user wrote them (lowercased).
 */
public record Platform(String os, String architecture, String variant) implements Comparable<Platform> {

    private static final Comparator<Platform> ORDER = Comparator.comparing(Platform::os)
            .thenComparing(Platform::architecture)
            .thenComparing(p -> p.variant == null ? "" : p.variant);

    public Platform {
        os = requirePart(os, "os");
        architecture = requirePart(architecture, "architecture");
        variant = variant == null || variant.isEmpty() ? null : variant.toLowerCase(Locale.ROOT);
    }

    public static Platform of(String os, String architecture) {
        return new Platform(os, architecture, null);
    }

    /** Parses {@code os/arch} or {@code os/arch/variant}; the message says what is wrong. */
    public static Platform parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.split("/", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("invalid platform \"" + text
                    + "\": expected os/architecture or os/architecture/variant, e.g. linux/arm64");
        }
        for (String part : parts) {
            if (part.isEmpty() || !part.chars().allMatch(Platform::isPartChar)) {
                throw new IllegalArgumentException("invalid platform \"" + text + "\": \"" + part
                        + "\" is not a valid os, architecture or variant");
            }
        }
        return new Platform(parts[0], parts[1], parts.length == 3 ? parts[2] : null);
    }

    private static boolean isPartChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
                || c == '.';
    }

    public Optional<String> variantIfAny() {
        return Optional.ofNullable(variant);
    }

    /**
     * Whether an image built for this platform runs where {@code required} is needed: same os and
     * architecture, and the same variant when the requirement names one. {@code arm64} without a
     * variant is {@code arm64/v8}, the only variant in use, so the two match.
     */
    public boolean satisfies(Platform required) {
        if (!os.equals(required.os) || !architecture.equals(required.architecture)) {
            return false;
        }
        if (required.variant == null) {
            return true;
        }
        return Objects.equals(normalisedVariant(), required.normalisedVariant());
    }

    /**
     * Attestation and signature manifests in an index carry {@code unknown/unknown}: they are not
     * runnable platforms.
     */
    public boolean isUnknown() {
        return os.equals("unknown") || architecture.equals("unknown");
    }

    private String normalisedVariant() {
        if (variant == null && architecture.equals("arm64")) {
            return "v8";
        }
        return variant;
    }

    private static String requirePart(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a platform needs its " + what);
        }
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public int compareTo(Platform other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return os + "/" + architecture + (variant == null ? "" : "/" + variant);
    }
}
