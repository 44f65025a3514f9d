package dev.gitopslint.core.yaml;

import dev.gitopslint.core.source.Position;

/** Something wrong with a file as YAML, found while loading it. Rules turn these into findings. */
public record YamlProblem(Kind kind, Position position, String message) {

    public enum Kind {
        /** The text is not valid YAML. */
        SYNTAX,
        /** A mapping repeats a key. */
        DUPLICATE_KEY,
        /** The document exceeds a safety limit (alias expansion, nesting depth). */
        UNSAFE,
        /** The file cannot be read as YAML text at all (size, binary content, encoding, I/O). */
        UNREADABLE
    }
}
