package dev.gitopslint.core.schema;

/**
 * Which schema applies to a kind.
 *
 * @param origin the CRD's or schema file's path, {@code Kubernetes 1.35}, or {@code CRD catalog}
 */
public record KindSchema(GroupVersionKind gvk, SchemaSource source, String origin) {
}
