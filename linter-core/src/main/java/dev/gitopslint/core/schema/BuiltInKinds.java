package dev.gitopslint.core.schema;

import dev.gitopslint.schemas.BundledSchemas;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in kinds of one bundled Kubernetes version: which definition describes each
 * apiVersion/kind, and all definitions translated into one JSON Schema document. Read and translated
 * once per version and process; the result never changes.
 */
final class BuiltInKinds {

    private static final Map<KubernetesVersion, BuiltInKinds> LOADED = new ConcurrentHashMap<>();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final KubernetesVersion version;
    private final Map<String, String> definitions = new HashMap<>();
    private final String document;

    private BuiltInKinds(KubernetesVersion version) {
        this.version = version;
        JsonNode bundle = BundledSchemas.kubernetes(version.toString());
        bundle.path("kinds").properties().forEach(e -> definitions.put(e.getKey(), e.getValue().asString()));
        this.document = MAPPER.writeValueAsString(new StructuralSchemaTranslator(StructuralSchemaTranslator.Flavor.BUILT_IN, null)
                .translateDefinitions(bundle.path("$defs")));
    }

    static BuiltInKinds of(KubernetesVersion version) {
        return LOADED.computeIfAbsent(version, BuiltInKinds::new);
    }

    /** The address other documents use to refer to this version's definitions. */
    String address() {
        return JsonSchemaCompiler.BASE + "kubernetes/" + version + ".json";
    }

    /** The translated definitions, {@code {"$defs": {...}}}, as JSON text. */
    String document() {
        return document;
    }

    /** The reference to the definition of a built-in kind, if the version serves it. */
    Optional<String> reference(GroupVersionKind gvk) {
        return Optional.ofNullable(definitions.get(gvk.apiVersion() + "/" + gvk.kind())).map(this::reference);
    }

    String reference(String definition) {
        return address() + "#/$defs/" + definition;
    }
}
