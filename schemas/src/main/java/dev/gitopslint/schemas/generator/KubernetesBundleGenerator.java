package dev.gitopslint.schemas.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one Kubernetes minor's OpenAPI v3 documents (one per group-version) into a single bundle:
 * <pre>{"kubernetesVersion": "1.35", "kinds": {"apps/v1/Deployment": "io.k8s.api.apps.v1.Deployment", ...},
 *  "$defs": {"io.k8s.api.apps.v1.Deployment": {...}, ...}}</pre>
 *
 * <p>Why shared {@code $defs} instead of one fully inlined schema per kind: inlining would copy PodSpec
 * (and ObjectMeta, Container, ...) into every workload kind, multiplying the size many times, and it
 * cannot terminate for recursive definitions such as the CRD {@code JSONSchemaProps}. So every
 * reference is resolved here to a definition of the same bundle ({@code #/$defs/<name>}); the generator
 * fails on a reference that leads nowhere and leaves out definitions no kind reaches. A kind is a
 * definition carrying exactly one {@code x-kubernetes-group-version-kind} (the shared
 * {@code DeleteOptions} and {@code WatchEvent}, which carry one per group, are not kinds).
 */
final class KubernetesBundleGenerator {

    private static final String UPSTREAM_REF_PREFIX = "#/components/schemas/";
    static final String BUNDLE_REF_PREFIX = "#/$defs/";

    private final SchemaCompactor compactor = new SchemaCompactor(KubernetesBundleGenerator::rewriteRef);

    ObjectNode generate(String minor, Path minorDir) throws IOException {
        Map<String, JsonNode> definitions = new TreeMap<>();
        Map<String, String> kinds = new TreeMap<>();
        for (Path document : openApiDocuments(minorDir)) {
            JsonNode schemas = Json.read(document).path("components").path("schemas");
            for (Map.Entry<String, JsonNode> entry : schemas.properties()) {
                String name = entry.getKey();
                JsonNode compacted = compactor.compact(entry.getValue());
                JsonNode earlier = definitions.putIfAbsent(name, compacted);
                if (earlier != null && !earlier.equals(compacted)) {
                    throw new IllegalStateException("definition " + name + " differs between documents of " + minor);
                }
                recordKind(entry.getValue(), name, kinds);
            }
        }
        ObjectNode bundle = JsonNodeFactory.instance.objectNode();
        bundle.put("kubernetesVersion", minor);
        ObjectNode kindIndex = bundle.putObject("kinds");
        kinds.forEach(kindIndex::put);
        ObjectNode defs = bundle.putObject("$defs");
        for (String name : reachable(kinds.values(), definitions)) {
            defs.set(name, definitions.get(name));
        }
        return bundle;
    }

    private static List<Path> openApiDocuments(Path minorDir) throws IOException {
        try (Stream<Path> files = Files.walk(minorDir)) {
            List<Path> documents = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            if (documents.isEmpty()) {
                throw new IllegalStateException("no OpenAPI documents under " + minorDir);
            }
            return documents;
        }
    }

    private static void recordKind(JsonNode definition, String name, Map<String, String> kinds) {
        JsonNode gvks = definition.path("x-kubernetes-group-version-kind");
        if (gvks.size() != 1) {
            return;
        }
        JsonNode gvk = gvks.get(0);
        String group = gvk.path("group").asString("");
        String apiVersion = group.isEmpty() ? gvk.path("version").asString() : group + "/" + gvk.path("version").asString();
        String key = apiVersion + "/" + gvk.path("kind").asString();
        String earlier = kinds.putIfAbsent(key, name);
        if (earlier != null && !earlier.equals(name)) {
            throw new IllegalStateException(key + " is both " + earlier + " and " + name);
        }
    }

    private static TreeSet<String> reachable(Iterable<String> roots, Map<String, JsonNode> definitions) {
        TreeSet<String> seen = new TreeSet<>();
        Deque<String> pending = new ArrayDeque<>();
        roots.forEach(pending::add);
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!seen.add(name)) {
                continue;
            }
            JsonNode definition = definitions.get(name);
            if (definition == null) {
                throw new IllegalStateException("reference to missing definition " + name);
            }
            collectRefs(definition, pending);
        }
        return seen;
    }

    private static void collectRefs(JsonNode node, Deque<String> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                if (entry.getKey().equals("$ref") && entry.getValue().isString()) {
                    into.add(entry.getValue().stringValue().substring(BUNDLE_REF_PREFIX.length()));
                } else {
                    collectRefs(entry.getValue(), into);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, into));
        }
    }

    private static String rewriteRef(String ref) {
        if (!ref.startsWith(UPSTREAM_REF_PREFIX)) {
            throw new IllegalStateException("unexpected reference " + ref);
        }
        return BUNDLE_REF_PREFIX + ref.substring(UPSTREAM_REF_PREFIX.length());
    }
}
