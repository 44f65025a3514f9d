package dev.gitopslint.rules.argocd;

import dev.gitopslint.core.manifest.Manifest;
import dev.gitopslint.core.yaml.JsonPointers;
import dev.gitopslint.core.yaml.YamlMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How Argo CD treats an object at sync time, following its sync engine:
 * <ul>
 * <li>{@code argocd.argoproj.io/hook} (comma-separated: PreSync, Sync, PostSync, SyncFail, PreDelete,
 * PostDelete, Skip) makes the object a hook, unless its only type is Skip (then it is not applied at all).
 * When it names a valid type, Helm hook annotations on the object are ignored.</li>
 * <li>Otherwise {@code helm.sh/hook} with any value but {@code crd-install} makes it a hook. Argo CD runs
 * {@code pre-install} and {@code pre-upgrade} as PreSync, {@code post-install} and {@code post-upgrade} as
 * PostSync, {@code pre-delete} as PreDelete and {@code post-delete} as PostDelete; any other Helm hook
 * ({@code test}, {@code test-success}, {@code pre-rollback}, ...) is a hook with no phase: never applied.</li>
 * <li>Delete policies are the union of {@code argocd.argoproj.io/hook-delete-policy} and
 * {@code helm.sh/hook-delete-policy}; with none, Argo CD uses BeforeHookCreation.</li>
 * </ul>
 */
record SyncHook(boolean isHook, Set<String> phases, String annotationKey) {

    static final String ARGO_HOOK = "argocd.argoproj.io/hook";
    static final String HELM_HOOK = "helm.sh/hook";
    static final String ARGO_DELETE_POLICY = "argocd.argoproj.io/hook-delete-policy";
    static final String HELM_DELETE_POLICY = "helm.sh/hook-delete-policy";
    static final String BEFORE_HOOK_CREATION = "BeforeHookCreation";

    private static final Set<String> ARGO_TYPES = Set.of("PreSync", "Sync", "PostSync", "SyncFail", "PreDelete",
            "PostDelete", "Skip");
    private static final Map<String, String> HELM_TYPES = Map.of(
            "pre-install", "PreSync",
            "pre-upgrade", "PreSync",
            "post-install", "PostSync",
            "post-upgrade", "PostSync",
            "pre-delete", "PreDelete",
            "post-delete", "PostDelete");
    private static final Set<String> ARGO_DELETE_POLICIES = Set.of("HookSucceeded", "HookFailed",
            BEFORE_HOOK_CREATION);
    private static final Map<String, String> HELM_DELETE_POLICIES = Map.of(
            "hook-succeeded", "HookSucceeded",
            "hook-failed", "HookFailed",
            "before-hook-creation", BEFORE_HOOK_CREATION);

    static SyncHook of(Manifest manifest) {
        Map<String, String> annotations = annotations(manifest.object());
        List<String> argo = csv(annotations.get(ARGO_HOOK)).filter(ARGO_TYPES::contains).toList();
        List<String> helm = csv(annotations.get(HELM_HOOK)).filter(HELM_TYPES::containsKey)
                .map(HELM_TYPES::get).toList();
        // Argo CD ignores Helm hook annotations once its own names a valid type.
        boolean helmTypes = argo.isEmpty();
        Set<String> types = new LinkedHashSet<>(helmTypes ? helm : argo);
        boolean hook;
        String key;
        if (annotations.containsKey(ARGO_HOOK)) {
            hook = !(types.contains("Skip") && types.size() == 1);
            key = helmTypes && !helm.isEmpty() ? HELM_HOOK : ARGO_HOOK;
        } else {
            String helmValue = annotations.get(HELM_HOOK);
            hook = helmValue != null && !helmValue.trim().equals("crd-install");
            key = HELM_HOOK;
        }
        types.remove("Skip");
        return new SyncHook(hook, Set.copyOf(types), key);
    }

    /** A hook Argo CD applies in some phase (not one it ignores, like Helm's test hooks). */
    boolean runs() {
        return isHook && !phases.isEmpty();
    }

    /** The JSON pointer of the annotation that makes the object a hook. */
    String pointer() {
        return annotationPointer(annotationKey);
    }

    /** How the hook reads in a message: {@code PreSync hook (helm.sh/hook: pre-install)}. */
    String describe(Manifest manifest) {
        String value = annotations(manifest.object()).getOrDefault(annotationKey, "");
        String phaseList = String.join(",", phases.stream().sorted().toList());
        return phaseList + " hook (" + annotationKey + ": " + value.trim() + ")";
    }

    /** The effective delete policies, as Argo CD names them. */
    static Set<String> deletePolicies(Manifest manifest) {
        Map<String, String> annotations = annotations(manifest.object());
        Set<String> policies = new LinkedHashSet<>();
        csv(annotations.get(ARGO_DELETE_POLICY)).filter(ARGO_DELETE_POLICIES::contains).forEach(policies::add);
        csv(annotations.get(HELM_DELETE_POLICY)).filter(HELM_DELETE_POLICIES::containsKey)
                .map(HELM_DELETE_POLICIES::get).forEach(policies::add);
        if (policies.isEmpty()) {
            policies.add(BEFORE_HOOK_CREATION);
        }
        return policies;
    }

    /** The delete-policy annotation written on the object, if any. */
    static Optional<String> deletePolicyKey(Manifest manifest) {
        Map<String, String> annotations = annotations(manifest.object());
        if (annotations.containsKey(ARGO_DELETE_POLICY)) {
            return Optional.of(ARGO_DELETE_POLICY);
        }
        return annotations.containsKey(HELM_DELETE_POLICY) ? Optional.of(HELM_DELETE_POLICY) : Optional.empty();
    }

    static String annotationPointer(String key) {
        return "/metadata/annotations/" + JsonPointers.escape(key);
    }

    static Map<String, String> annotations(YamlMap object) {
        Optional<YamlMap> annotations = object.map("metadata").flatMap(m -> m.map("annotations"));
        if (annotations.isEmpty()) {
            return Map.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        annotations.get().entries().forEach(e -> annotations.get().text(e.name())
                .ifPresent(v -> values.put(e.name(), v)));
        return values;
    }

    private static Stream<String> csv(String value) {
        return value == null ? Stream.empty() : Stream.of(value.split(",")).map(String::trim).filter(s -> !s.isEmpty());
    }
}
