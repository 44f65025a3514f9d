package dev.gitopslint.core.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Compiles translated schemas with networknt's JSON Schema 2020-12 validator, with the Kubernetes
 * formats, format assertions on, and a leaner {@code type} keyword ({@link TypeKeyword}). The only documents it can load by address are the built-in
 * definitions of the target Kubernetes version, made in memory; every other address is refused,
 * so a schema can never make it reach the network.
 */
final class JsonSchemaCompiler {

    /** A reserved top-level domain: addresses under it can never resolve, they only name documents. */
    static final String BASE = "https://gitops-lint.invalid/";

    private final com.networknt.schema.SchemaRegistry registry;

    /**
     * @param documents the documents of built-in definitions by address, as JSON text made on first use
     */
    JsonSchemaCompiler(Map<String, Supplier<String>> documents) {
        Dialect dialect = Dialect.builder(Dialects.getDraft202012())
                .formats(KubernetesFormats.all())
                .keyword(new TypeKeyword())
                .build();
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build();
        this.registry = com.networknt.schema.SchemaRegistry.withDefaultDialect(dialect, builder -> builder
                .schemaRegistryConfig(config)
                .schemaLoader(loader -> loader
                        .fetchRemoteResources(false)
                        .allow(address -> address.toString().startsWith(BASE))
                        .resourceLoaders(loaders -> loaders.resources((String address) -> {
                            Supplier<String> document = documents.get(address);
                            return document == null ? null : document.get();
                        }))));
    }

    /** Compiles a document completely (no lazy parts are left for concurrent validations to race on). */
    Schema compile(String address, JsonNode document) {
        Schema schema = registry.getSchema(SchemaLocation.of(address), document);
        schema.initializeValidators();
        return schema;
    }
}
