package dev.gitopslint.core.schema;

import dev.gitopslint.core.concurrent.Memo;
import dev.gitopslint.core.manifest.Manifest;
import dev.gitopslint.core.yaml.YamlToJackson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Schema validation for one run: the registry (built-in kinds of the target version, the repository's
 * CRDs, schema locations, the bundled catalog), built only when a rule first asks, and every manifest
 * validated at most once however many schema rules look at it.
 */
public final class ManifestSchemas {

    private final Supplier<SchemaRegistry> registry;
    private final Supplier<SchemaValidator> validator;
    private final ApiLifecycle lifecycle = ApiLifecycle.bundled();
    private final Map<Manifest, List<Violation>> violations = new ConcurrentHashMap<>();

    public ManifestSchemas(Supplier<SchemaRegistry> registry, boolean strict) {
        this.registry = Memo.of(registry);
        this.validator = Memo.of(() -> new SchemaValidator(this.registry.get(), strict));
    }

    /** The violations of one manifest's object, a {@code kind: List} checked item by item (pointers relative to the object). */
    public List<Violation> violations(Manifest manifest) {
        // Manifest hashes cheaply: its YAML trees are compared by identity, not by content.
        return violations.computeIfAbsent(manifest,
                m -> validator.get().validate(YamlToJackson.convert(m.object())));
    }

    public ApiStatus apiStatus(Manifest manifest) {
        return lifecycle.status(manifest.apiVersion(), manifest.kind(), registry.get().kubernetesVersion());
    }

    public KubernetesVersion target() {
        return registry.get().kubernetesVersion();
    }

    public Optional<KindSchema> schemaOf(Manifest manifest) {
        return registry.get().find(GroupVersionKind.of(manifest.apiVersion(), manifest.kind()));
    }
}
