package dev.gitopslint.core.finding;

import java.util.Comparator;

/** The (app, environment) a finding concerns. A finding in a shared file may concern many. */
public record Target(String app, String environment) implements Comparable<Target> {

    private static final Comparator<Target> ORDER = Comparator.comparing(Target::environment)
            .thenComparing(Target::app);

    @Override
    public int compareTo(Target other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return app + " (" + environment + ")";
    }
}
