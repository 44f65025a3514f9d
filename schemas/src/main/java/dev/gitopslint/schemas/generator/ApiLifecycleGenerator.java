package dev.gitopslint.schemas.generator;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the API lifecycle table: for each Kubernetes apiVersion/kind, the minors that serve it
 * (from the per-minor index of served kinds) and, where known, the minor that deprecated it, the
 * minor that removed it and its replacement apiVersion (from the community deprecation table).
 * <pre>{"indexedMinors": ["1.23", ...], "apis": [{"apiVersion", "kind", "servedFrom", "servedThrough",
 *   "deprecatedIn", "removedIn", "replacement"}, ...]}</pre>
 * Only the deprecation table's {@code component: k8s} rows are used: the other components'
 * versions count releases of those projects, not of Kubernetes.
 */
final class ApiLifecycleGenerator {

    private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)(\\.\\d+)?");

    ObjectNode generate(Path gvkIndexFile, Path deprecationTable) throws IOException {
        Map<String, ObjectNode> apis = new TreeMap<>();
        List<String> minors = addServedRanges(Json.read(gvkIndexFile).path("apiVersionKindsByMinor"), apis);
        addDeprecations(deprecationTable, apis);

        ObjectNode table = JsonNodeFactory.instance.objectNode();
        ArrayNode indexed = table.putArray("indexedMinors");
        minors.forEach(indexed::add);
        ArrayNode list = table.putArray("apis");
        apis.values().forEach(list::add);
        return table;
    }

    private static List<String> addServedRanges(JsonNode byMinor, Map<String, ObjectNode> apis) {
        List<String> minors = new ArrayList<>(byMinor.propertyNames());
        minors.sort(Comparator.comparingInt(ApiLifecycleGenerator::minorNumber));
        for (int i = 0; i < minors.size(); i++) {
            String minor = minors.get(i);
            for (JsonNode served : byMinor.get(minor)) {
                String gvk = served.asString();
                int slash = gvk.lastIndexOf('/');
                ObjectNode api = entry(apis, gvk.substring(0, slash), gvk.substring(slash + 1));
                if (!api.has("servedFrom")) {
                    api.put("servedFrom", minor);
                } else if (!api.get("servedThrough").asString().equals(minors.get(i - 1))) {
                    throw new IllegalStateException(gvk + " is served again in " + minor
                            + " after a gap; the table's from/through ranges cannot express that");
                }
                api.put("servedThrough", minor);
            }
        }
        return minors;
    }

    private static void addDeprecations(Path deprecationTable, Map<String, ObjectNode> apis) throws IOException {
        Object loaded;
        try (Reader reader = Files.newBufferedReader(deprecationTable)) {
            loaded = new Load(LoadSettings.builder().build()).loadFromReader(reader);
        }
        if (!(loaded instanceof Map<?, ?> root) || !(root.get("deprecated-versions") instanceof List<?> rows)) {
            throw new IllegalStateException(deprecationTable + " has no deprecated-versions list");
        }
        for (Object row : rows) {
            if (!(row instanceof Map<?, ?> fields) || !"k8s".equals(fields.get("component"))) {
                continue;
            }
            String apiVersion = text(fields.get("version"));
            String kind = text(fields.get("kind"));
            if (apiVersion.isEmpty() || kind.isEmpty()) {
                continue;
            }
            ObjectNode api = entry(apis, apiVersion, kind);
            putMinor(api, "deprecatedIn", text(fields.get("deprecated-in")));
            putMinor(api, "removedIn", text(fields.get("removed-in")));
            String replacement = text(fields.get("replacement-api"));
            if (!replacement.isEmpty()) {
                api.put("replacement", replacement);
            }
        }
    }

    private static ObjectNode entry(Map<String, ObjectNode> apis, String apiVersion, String kind) {
        return apis.computeIfAbsent(apiVersion + "/" + kind, key -> {
            ObjectNode api = JsonNodeFactory.instance.objectNode();
            api.put("apiVersion", apiVersion);
            api.put("kind", kind);
            return api;
        });
    }

    private static void putMinor(ObjectNode api, String field, String version) {
        if (version.isEmpty()) {
            return;
        }
        Matcher matcher = VERSION.matcher(version);
        if (!matcher.matches()) {
            throw new IllegalStateException("unexpected Kubernetes version '" + version + "' for " + api);
        }
        api.put(field, matcher.group(1) + "." + matcher.group(2));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().trim();
    }

    private static int minorNumber(String minor) {
        Matcher matcher = VERSION.matcher(minor);
        if (!matcher.matches()) {
            throw new IllegalStateException("unexpected minor " + minor);
        }
        return Integer.parseInt(matcher.group(1)) * 1000 + Integer.parseInt(matcher.group(2));
    }
}
