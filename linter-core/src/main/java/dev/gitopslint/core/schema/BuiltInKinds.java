package dev.gitopslint.core.schema;

import dev.gitopslint.core.concurrent.Memo;
import dev.gitopslint.schemas.BundledSchemas;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The built-in kinds of one bundled Kubernetes version: which definition describes each
 * apiVersion/kind, and the definitions translated into JSON Schema documents. A run usually meets a
 * handful of kinds whose definitions are a small part of the version's 700-odd, so a document can hold
 * just the definitions some kinds need ({@link #document(Set)}); the document of all of them is made
 * only if asked for. Read once per version and process.
 */
final class BuiltInKinds {

    private static final Map<KubernetesVersion, BuiltInKinds> LOADED = new ConcurrentHashMap<>();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String LOCAL_REFERENCE = "#/$defs/";

    private final KubernetesVersion version;
    private final Map<String, String> definitions = new HashMap<>();
    private final JsonNode rawDefinitions;
    private final Supplier<String> allDefinitions;

    private BuiltInKinds(KubernetesVersion version) {
        this.version = version;
        JsonNode bundle = BundledSchemas.kubernetes(version.toString());
        bundle.path("kinds").properties().forEach(e -> definitions.put(e.getKey(), e.getValue().asString()));
        this.rawDefinitions = bundle.path("$defs");
        this.allDefinitions = Memo.of(() -> translate(rawDefinitions));
    }

    static BuiltInKinds of(KubernetesVersion version) {
        return LOADED.computeIfAbsent(version, BuiltInKinds::new);
    }

    /** The address of the document with every definition. */
    String address() {
        return JsonSchemaCompiler.BASE + "kubernetes/" + version + ".json";
    }

    /** The translated definitions, {@code {"$defs": {...}}}, as JSON text: all of them. */
    String document() {
        return allDefinitions.get();
    }

    /** The translated definitions named (close them with {@link #closure} first). */
    String document(Set<String> names) {
        ObjectNode subset = JsonNodeFactory.instance.objectNode();
        names.forEach(name -> subset.set(name, rawDefinitions.get(name)));
        return translate(subset);
    }

    /** The definition of a built-in kind, if the version serves it. */
    Optional<String> definition(GroupVersionKind gvk) {
        return Optional.ofNullable(definitions.get(gvk.apiVersion() + "/" + gvk.kind()));
    }

    /** The reference to the definition of a built-in kind in the document of all definitions. */
    Optional<String> reference(GroupVersionKind gvk) {
        return definition(gvk).map(this::reference);
    }

    String reference(String definition) {
        return address() + LOCAL_REFERENCE + definition;
    }

    /** The definitions of these kinds, plus {@code extra}, and every definition they refer to. */
    Set<String> closure(Collection<GroupVersionKind> kinds, String... extra) {
        Deque<String> pending = new ArrayDeque<>(java.util.List.of(extra));
        kinds.forEach(gvk -> definition(gvk).ifPresent(pending::add));
        Set<String> closed = new TreeSet<>();
        while (!pending.isEmpty()) {
            String name = pending.pop();
            JsonNode definition = rawDefinitions.get(name);
            if (definition != null && closed.add(name)) {
                collectReferences(definition, pending);
            }
        }
        return closed;
    }

    private static void collectReferences(JsonNode node, Deque<String> into) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith(LOCAL_REFERENCE)) {
                into.add(ref.asString().substring(LOCAL_REFERENCE.length()));
            }
            node.properties().forEach(e -> collectReferences(e.getValue(), into));
        } else if (node.isArray()) {
            node.forEach(item -> collectReferences(item, into));
        }
    }

    private static String translate(JsonNode definitions) {
        return MAPPER.writeValueAsString(new StructuralSchemaTranslator(StructuralSchemaTranslator.Flavor.BUILT_IN, null)
                .translateDefinitions(definitions));
    }
}
