package dev.gitopslint.core.schema;

/** Where the schema of a kind came from, in the order the registry looks. */
public enum SchemaSource {
    /** A CustomResourceDefinition found in the repository. */
    REPOSITORY_CRD,
    /** A file in a configured schema location. */
    SCHEMA_LOCATION,
    /** The bundled Kubernetes schemas of the target version. */
    BUILT_IN,
    /** The bundled CRD catalog. */
    CRD_CATALOG
}
