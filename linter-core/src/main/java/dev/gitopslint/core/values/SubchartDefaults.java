package dev.gitopslint.core.values;

/** A vendored subchart's values.yaml, coalesced under {@code .Values.<name>} of its parent. */
public record SubchartDefaults(String name, ValuesLayer defaults) {
}
