package dev.gitopslint.core.yaml;

/**
 * Safety limits that make loading hostile input cheap: the file size, the nesting depth and the number
 * of nodes a document expands to once aliases are followed (which is what defeats alias bombs).
 */
public record YamlLimits(long maxFileBytes, int maxDepth, long maxExpandedNodes) {

    public static final long DEFAULT_MAX_FILE_BYTES = 8L * 1024 * 1024;

    public static YamlLimits defaults() {
        return new YamlLimits(DEFAULT_MAX_FILE_BYTES, 256, 2_000_000);
    }

    public YamlLimits withMaxFileBytes(long bytes) {
        return new YamlLimits(bytes, maxDepth, maxExpandedNodes);
    }
}
