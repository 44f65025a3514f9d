package dev.gitopslint.core.images;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which references are not reproducible: {@code latest} or no tag without a digest, and floating
 * channel tags ({@code main}, {@code dev}, ...) without a digest. A digest pins the content, so a
 * reference with one is never flagged.
 */
public final class TagPolicy {

    /** Channel tags that registries move to new content on every build. */
    public static final List<String> DEFAULT_FLOATING_TAGS =
            List.of("main", "master", "dev", "develop", "edge", "nightly", "stable");

    private final Set<String> floatingTags;

    private TagPolicy(Collection<String> floatingTags) {
        this.floatingTags = new TreeSet<>();
        for (String tag : floatingTags) {
            this.floatingTags.add(tag.toLowerCase(Locale.ROOT));
        }
    }

    public static TagPolicy defaults() {
        return new TagPolicy(DEFAULT_FLOATING_TAGS);
    }

    /** A policy with another list of floating tags (compared case-insensitively). */
    public static TagPolicy withFloatingTags(Collection<String> floatingTags) {
        return new TagPolicy(floatingTags);
    }

    public Set<String> floatingTags() {
        return Set.copyOf(floatingTags);
    }

    /** {@code :latest} or no tag at all, and no digest: the pull gets whatever was pushed last. */
    public boolean isLatestOrUntagged(ImageReference reference) {
        if (reference.hasDigest()) {
            return false;
        }
        return reference.tag().map(tag -> tag.equals("latest")).orElse(true);
    }

    /** A channel tag such as {@code main} or {@code nightly}, without a digest. */
    public boolean isFloatingTag(ImageReference reference) {
        if (reference.hasDigest()) {
            return false;
        }
        return reference.tag().map(tag -> floatingTags.contains(tag.toLowerCase(Locale.ROOT))).orElse(false);
    }
}
