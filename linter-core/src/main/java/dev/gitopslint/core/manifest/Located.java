package dev.gitopslint.core.manifest;

import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.source.Position;
import java.util.List;

/** Where to report something about a manifest field, with the places that explain it. */
public record Located(Position position, List<Related> related) {

    public Located {
        related = List.copyOf(related);
    }

    public static Located at(Position position) {
        return new Located(position, List.of());
    }
}
