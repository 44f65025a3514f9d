package dev.gitopslint.core.values;

import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.yaml.YamlEntry;
import dev.gitopslint.core.yaml.YamlNode;
import java.util.Optional;

/**
 * Who set a key path: the layer, the entry as written there, and the assignment it replaced (earlier
 * layers, then the chart default), so a user can follow a value back through every layer.
 */
public record Provenance(ValuesLayer layer, YamlEntry entry, Optional<Provenance> replaced) {

    public Position position() {
        return entry.key().position();
    }

    public YamlNode value() {
        return entry.value();
    }

    public Provenance replacing(Optional<Provenance> earlier) {
        return new Provenance(layer, entry, earlier);
    }
}
