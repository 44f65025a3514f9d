package dev.gitopslint.core.schema;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code kind: List} documents (and typed lists such as {@code ConfigMapList}): kubectl and Argo CD
 * apply each item as its own object, so each item is validated (and reported) on its own.
 */
public final class KubernetesLists {

    /** One item of a list and its pointer inside the list document ({@code /items/3}). */
    public record Item(String pointer, JsonNode object) {
    }

    private KubernetesLists() {
    }

    /** A mapping whose kind is {@code List} or ends in {@code List}, with an {@code items} field. */
    public static boolean isList(JsonNode document) {
        if (document == null || !document.isObject() || !document.path("kind").isString()) {
            return false;
        }
        String kind = document.get("kind").stringValue();
        return kind.endsWith("List") && document.has("items");
    }

    /** The items of a list, each with its pointer prefix; empty when {@code items} is not a list. */
    public static List<Item> items(JsonNode list) {
        List<Item> items = new ArrayList<>();
        JsonNode array = list.path("items");
        if (array.isArray()) {
            for (int i = 0; i < array.size(); i++) {
                items.add(new Item("/items/" + i, array.get(i)));
            }
        }
        return items;
    }
}
