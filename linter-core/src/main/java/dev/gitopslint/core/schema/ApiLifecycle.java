package dev.gitopslint.core.schema;

import dev.gitopslint.schemas.BundledSchemas;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Removed and deprecated Kubernetes APIs, from the bundled lifecycle table. Which minors serve an API
 * comes from the Kubernetes OpenAPI documents of every minor the table indexes; deprecation, removal
 * and replacement come from the community deprecation table. Where the two disagree about whether a
 * minor serves an API, the OpenAPI documents win (they are what that minor's API server publishes).
 */
public final class ApiLifecycle {

    private static final Pattern API_VERSION = Pattern.compile("v(\\d+)(?:(alpha|beta)(\\d+))?");

    private final List<KubernetesVersion> indexedMinors = new ArrayList<>();
    private final Map<String, Entry> entries = new HashMap<>();

    private record Entry(GroupVersionKind gvk, Optional<KubernetesVersion> servedFrom,
            Optional<KubernetesVersion> servedThrough, Optional<KubernetesVersion> deprecatedIn,
            Optional<KubernetesVersion> removedIn, Optional<String> replacement) {

        boolean servedIn(KubernetesVersion version) {
            return servedFrom.isPresent() && !version.isBefore(servedFrom.get()) && !servedThrough.get().isBefore(version);
        }
    }

    private ApiLifecycle(JsonNode table) {
        table.path("indexedMinors").forEach(minor -> indexedMinors.add(KubernetesVersion.parse(minor.asString())));
        for (JsonNode api : table.path("apis")) {
            GroupVersionKind gvk = GroupVersionKind.of(api.path("apiVersion").asString(), api.path("kind").asString());
            entries.put(key(gvk), new Entry(gvk, version(api, "servedFrom"), version(api, "servedThrough"),
                    version(api, "deprecatedIn"), version(api, "removedIn"),
                    api.path("replacement").isString() ? Optional.of(api.get("replacement").stringValue()) : Optional.empty()));
        }
    }

    /** The bundled table (read once). */
    public static ApiLifecycle bundled() {
        return Holder.BUNDLED;
    }

    public ApiStatus status(String apiVersion, String kind, KubernetesVersion target) {
        return status(GroupVersionKind.of(apiVersion, kind), target);
    }

    public ApiStatus status(GroupVersionKind gvk, KubernetesVersion target) {
        Entry entry = entries.get(key(gvk));
        if (entry == null) {
            return new ApiStatus(ApiStatus.State.UNKNOWN, gvk, target, Optional.empty(), Optional.empty(), Optional.empty());
        }
        boolean indexed = !indexedMinors.isEmpty()
                && !target.isBefore(indexedMinors.get(0)) && !indexedMinors.get(indexedMinors.size() - 1).isBefore(target);
        ApiStatus.State state;
        Optional<KubernetesVersion> removedIn = entry.removedIn();
        if (indexed && entry.servedFrom().isPresent()) {
            if (entry.servedIn(target)) {
                state = reached(entry.deprecatedIn(), target) ? ApiStatus.State.DEPRECATED : ApiStatus.State.SERVED;
                removedIn = removedIn.filter(target::isBefore);
            } else if (entry.servedThrough().get().isBefore(target)) {
                state = ApiStatus.State.REMOVED;
                KubernetesVersion firstUnserved = entry.servedThrough().get().next();
                removedIn = Optional.of(removedIn.filter(v -> !firstUnserved.isBefore(v)).orElse(firstUnserved));
            } else {
                state = ApiStatus.State.UNKNOWN;
            }
        } else if (reached(entry.removedIn(), target)) {
            state = ApiStatus.State.REMOVED;
        } else if (reached(entry.deprecatedIn(), target)) {
            state = ApiStatus.State.DEPRECATED;
        } else {
            state = entry.servedFrom().isPresent() ? ApiStatus.State.SERVED : ApiStatus.State.UNKNOWN;
        }
        Optional<String> replacement = entry.replacement();
        if (replacement.isEmpty() && state == ApiStatus.State.REMOVED) {
            replacement = servedSibling(gvk, target);
        }
        return new ApiStatus(state, gvk, target, replacement, entry.deprecatedIn(), removedIn);
    }

    /** The most stable version of the same group and kind that the target serves. */
    private Optional<String> servedSibling(GroupVersionKind gvk, KubernetesVersion target) {
        return entries.values().stream()
                .filter(e -> e.gvk().group().equals(gvk.group()) && e.gvk().kind().equals(gvk.kind()))
                .filter(e -> e.servedIn(target))
                .max(Comparator.comparing(e -> stability(e.gvk().version())))
                .map(e -> e.gvk().apiVersion());
    }

    /** Kubernetes version priority: GA over beta over alpha, then the higher number. */
    private static Long stability(String version) {
        Matcher matcher = API_VERSION.matcher(version);
        if (!matcher.matches()) {
            return -1L;
        }
        long major = Long.parseLong(matcher.group(1));
        int level = matcher.group(2) == null ? 2 : matcher.group(2).equals("beta") ? 1 : 0;
        long pre = matcher.group(3) == null ? 0 : Long.parseLong(matcher.group(3));
        return level * 1_000_000_000L + major * 1_000L + pre;
    }

    private static boolean reached(Optional<KubernetesVersion> version, KubernetesVersion target) {
        return version.isPresent() && !target.isBefore(version.get());
    }

    private static Optional<KubernetesVersion> version(JsonNode api, String field) {
        return api.path(field).isString() ? Optional.of(KubernetesVersion.parse(api.get(field).stringValue())) : Optional.empty();
    }

    private static String key(GroupVersionKind gvk) {
        return gvk.apiVersion() + "/" + gvk.kind();
    }

    private static final class Holder {
        static final ApiLifecycle BUNDLED = new ApiLifecycle(BundledSchemas.apiLifecycle());
    }
}
