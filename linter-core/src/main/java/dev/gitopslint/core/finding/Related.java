package dev.gitopslint.core.finding;

import dev.gitopslint.core.source.Position;

/** A second place that explains a finding: the inherited value, the template that used the value. */
public record Related(Position position, String message) implements Comparable<Related> {

    @Override
    public int compareTo(Related other) {
        int byPosition = position.compareTo(other.position);
        return byPosition != 0 ? byPosition : message.compareTo(other.message);
    }
}
