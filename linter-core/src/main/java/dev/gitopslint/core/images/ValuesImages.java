package dev.gitopslint.core.images;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds image declarations in a Helm values tree, following common chart conventions:
 * <ul>
 * <li>a string under a key named {@code image} or ending in {@code Image} ({@code sidecarImage}):
 *     {@code image: "ghcr.io/x/y:1.2"};</li>
 * <li>a block with a string {@code repository} and optional {@code registry}, {@code tag},
 *     {@code digest}, under such a key or anywhere when it has a {@code tag} or {@code digest}
 *     ({@code image: {registry: docker.io, repository: bitnami/redis, tag: 7.2}}).</li>
 * </ul>
 * Lists are searched too ({@code extraContainers}). Numeric tags are read as text, as Helm renders them.
 */
public final class ValuesImages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ValuesImages() {
    }

    /** Declarations in a values tree of maps, lists and scalars (as a YAML loader returns it). */
    public static List<ValuesImage> find(Map<?, ?> values) {
        JsonNode tree = JSON.valueToTree(values);
        return find(tree);
    }

    /** Declarations in a Jackson values tree, in document order. */
    public static List<ValuesImage> find(JsonNode values) {
        List<ValuesImage> found = new ArrayList<>();
        walk(values, "", null, found);
        return found;
    }

    private static void walk(JsonNode node, String pointer, String key, List<ValuesImage> found) {
        if (node == null) {
            return;
        }
        if (node.isString() && key != null && isImageKey(key) && !node.stringValue().isBlank()) {
            found.add(new ValuesImage(pointer, pointer, node.stringValue(), Map.of(), false));
            return;
        }
        if (node.isObject()) {
            if (isBlock(node, key)) {
                found.add(block(node, pointer));
                return;
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                walk(field.getValue(), ImagePointers.append(pointer, field.getKey()), field.getKey(), found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), ImagePointers.append(pointer, i), null, found);
            }
        }
    }

    private static boolean isImageKey(String key) {
        return key.equals("image") || key.endsWith("Image");
    }

    private static boolean isBlock(JsonNode node, String key) {
        JsonNode repository = node.path("repository");
        if (!repository.isString() || repository.stringValue().isBlank()) {
            return false;
        }
        if (key != null && isImageKey(key)) {
            return true;
        }
        return hasText(node, "tag") || hasText(node, "digest");
    }

    private static ValuesImage block(JsonNode node, String pointer) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : List.of("registry", "repository", "tag", "digest")) {
            if (hasText(node, name)) {
                fields.put(name, ImagePointers.append(pointer, name));
            }
        }
        String registry = text(node, "registry");
        String tag = text(node, "tag");
        String digest = text(node, "digest");
        StringBuilder reference = new StringBuilder();
        if (!registry.isEmpty()) {
            reference.append(registry).append('/');
        }
        reference.append(text(node, "repository"));
        if (!tag.isEmpty()) {
            reference.append(':').append(tag);
        }
        if (!digest.isEmpty()) {
            reference.append('@').append(digest);
        }
        String blame = fields.containsKey("tag") ? fields.get("tag") : fields.get("repository");
        return new ValuesImage(pointer, blame, reference.toString(), fields, tag.isEmpty());
    }

    private static boolean hasText(JsonNode node, String field) {
        return !text(node, field).isEmpty();
    }

    /** A scalar field as text (numbers and booleans too); "" when absent, null or not a scalar. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull()) {
            return "";
        }
        return value.asString("").trim();
    }
}
