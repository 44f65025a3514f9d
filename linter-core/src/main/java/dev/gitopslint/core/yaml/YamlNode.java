package dev.gitopslint.core.yaml;

import dev.gitopslint.core.source.Position;

/**
 * An immutable YAML node that remembers where it was written. Aliases share the anchored node, so
 * {@link #expandedSize()} counts the nodes a consumer walking the tree would visit: the loader uses it
 * to refuse alias bombs before anyone walks them.
 */
public sealed interface YamlNode permits YamlMap, YamlSeq, YamlScalar {

    Position position();

    long expandedSize();

    default boolean isNull() {
        return this instanceof YamlScalar s && s.kind() == YamlScalar.Kind.NULL;
    }

    /** True for {@code []}, {@code {}} and null: values that carry nothing. */
    default boolean isEmptyCollectionOrNull() {
        if (this instanceof YamlMap m) {
            return m.isEmpty();
        }
        if (this instanceof YamlSeq s) {
            return s.isEmpty();
        }
        return isNull();
    }
}
