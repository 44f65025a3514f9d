package dev.gitopslint.core.testing;

import java.util.Comparator;

/** A finding a fixture expects: a rule at a file line (line 0: the file as a whole). */
public record Expectation(String file, int line, String ruleId) implements Comparable<Expectation> {

    private static final Comparator<Expectation> ORDER = Comparator.comparing(Expectation::file)
            .thenComparingInt(Expectation::line).thenComparing(Expectation::ruleId);

    @Override
    public int compareTo(Expectation other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + ":" + line + "  " + ruleId;
    }
}
