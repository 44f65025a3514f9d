/**
 * Offline schema validation of Kubernetes objects: a {@link dev.gitopslint.core.schema.SchemaRegistry}
 * finds the schema of a group/version/kind (repository CRDs, then configured schema locations, then the
 * bundled Kubernetes schemas of the target version, then the bundled CRD catalog), a
 * {@link dev.gitopslint.core.schema.SchemaValidator} checks one object against it with Kubernetes
 * semantics, and {@link dev.gitopslint.core.schema.ApiLifecycle} says whether an apiVersion is removed
 * or deprecated in the target version. Nothing here ever uses the network.
 */
package dev.gitopslint.core.schema;
