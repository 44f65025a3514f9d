package dev.gitopslint.core.config;

import dev.gitopslint.core.yaml.YamlLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contents of {@code .gitops-lint.yaml}. Every part is optional; {@link #defaults()} is the
 * zero-configuration behaviour.
 */
public record LintConfig(Optional<String> file, Optional<String> kubernetesVersion, long maxFileBytes,
        List<String> exclude, Map<String, EnvironmentConfig> environments, List<String> components,
        Optional<String> charts, List<String> layers, List<IgnoreEntry> ignore, Map<String, RuleSettings> rules,
        List<String> repoURLs, List<String> schemaLocations, boolean strict, Map<String, RegistryConfig> registries,
        List<Map<String, Object>> clusters, List<VendoredChart> vendored) {

    public LintConfig {
        exclude = List.copyOf(exclude);
        environments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(environments));
        components = List.copyOf(components);
        layers = List.copyOf(layers);
        ignore = List.copyOf(ignore);
        rules = Map.copyOf(rules);
        repoURLs = List.copyOf(repoURLs);
        schemaLocations = List.copyOf(schemaLocations);
        clusters = List.copyOf(clusters);
        vendored = List.copyOf(vendored);
        registries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(registries));
    }

    public static LintConfig defaults() {
        return new LintConfig(Optional.empty(), Optional.empty(), YamlLimits.DEFAULT_MAX_FILE_BYTES, List.of(),
                Map.of(), List.of(), Optional.empty(), List.of(), List.of(), Map.of(), List.of(), List.of(), true,
                Map.of(), List.of(), List.of());
    }

    public RuleSettings rule(String id) {
        return rules.getOrDefault(id, RuleSettings.DEFAULT);
    }

    public EnvironmentConfig environment(String name) {
        return environments.getOrDefault(name, EnvironmentConfig.empty());
    }

    /**
     * The registry entry that covers an image's full name ({@code registry/repository}): the one with
     * the longest prefix, so a more specific entry overrides a broader one.
     */
    public Optional<RegistryConfig> registry(String imageName) {
        return registries.values().stream()
                .filter(r -> r.covers(imageName))
                .max(java.util.Comparator.comparingInt(r -> r.prefix().length()));
    }
}
