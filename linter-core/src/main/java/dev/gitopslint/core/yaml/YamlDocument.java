package dev.gitopslint.core.yaml;

import dev.gitopslint.core.source.Position;
import java.util.Optional;

/**
 * One document of a YAML stream. {@code root} is empty for an empty document ({@code ---} alone or
 * comments only). JSON pointers (RFC 6901) address nodes; {@link #positionOf} answers the closest
 * written position for a pointer, so a finding about a missing field lands on its parent.
 */
public record YamlDocument(String file, int index, Optional<YamlNode> root, Position start) {

    public Optional<YamlNode> at(String pointer) {
        return root.flatMap(r -> JsonPointers.resolve(r, pointer));
    }

    public Position positionOf(String pointer) {
        return root.map(r -> JsonPointers.closestPosition(r, pointer)).orElse(start);
    }

    public Optional<YamlMap> rootMap() {
        return root.filter(YamlMap.class::isInstance).map(YamlMap.class::cast);
    }
}
