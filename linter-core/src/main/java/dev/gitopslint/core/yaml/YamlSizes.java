package dev.gitopslint.core.yaml;

/** Saturating arithmetic for expanded sizes: an alias bomb must not overflow into a small number. */
final class YamlSizes {

    private YamlSizes() {
    }

    static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
