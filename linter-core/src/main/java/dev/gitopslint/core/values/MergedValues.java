package dev.gitopslint.core.values;

import dev.gitopslint.core.yaml.JsonPointers;
import dev.gitopslint.core.yaml.YamlMap;
import dev.gitopslint.core.yaml.YamlNode;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The values Helm would hand to the chart's templates, with the provenance of every key path (JSON
 * pointer), and the chart defaults that a {@code null} deleted.
 */
public record MergedValues(YamlMap root, SortedMap<String, Provenance> provenance,
        SortedMap<String, Provenance> deletedDefaults) {

    public MergedValues {
        provenance = Collections.unmodifiableSortedMap(provenance);
        deletedDefaults = Collections.unmodifiableSortedMap(deletedDefaults);
    }

    public Optional<YamlNode> at(String pointer) {
        return JsonPointers.resolve(root, pointer);
    }

    public Optional<Provenance> origin(String pointer) {
        return Optional.ofNullable(provenance.get(pointer));
    }
}
