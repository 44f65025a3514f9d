package dev.gitopslint.core.schema;

import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Validates Kubernetes objects (Jackson trees) against the schemas of a {@link SchemaRegistry}.
 * Thread-safe: one validator serves all threads.
 *
 * <p>Strict by default: a field the schema does not declare is {@link Violation.Kind#UNKNOWN_FIELD}
 * (for built-in kinds and custom resources alike; {@code x-kubernetes-preserve-unknown-fields} and
 * embedded resources are honoured). Non-strict mode drops those and keeps everything else.
 *
 * <p>An object of an apiVersion/kind that no source knows is {@link Violation.Kind#UNKNOWN_KIND},
 * except when {@link ApiLifecycle} says the target version removed it: that is reported as a removed
 * API (with its replacement) by whoever asks {@link ApiLifecycle}, not twice.
 */
public final class SchemaValidator {

    private final SchemaRegistry registry;
    private final boolean strict;
    private final ApiLifecycle lifecycle = ApiLifecycle.bundled();

    /** A strict validator. */
    public SchemaValidator(SchemaRegistry registry) {
        this(registry, true);
    }

    public SchemaValidator(SchemaRegistry registry, boolean strict) {
        this.registry = registry;
        this.strict = strict;
    }

    public boolean isStrict() {
        return strict;
    }

    /**
     * Validates one document. A list ({@code kind: List} and typed lists) is validated item by item,
     * with each item's violations prefixed by its pointer ({@code /items/2/spec/replicas}); callers that
     * handle items as separate objects use {@link KubernetesLists#items} and {@link #validateObject}.
     *
     * @return the violations, sorted by pointer, each once
     */
    public List<Violation> validate(JsonNode document) {
        if (!KubernetesLists.isList(document)) {
            return validateObject(document);
        }
        List<Violation> violations = new ArrayList<>(ManifestShape.check(document));
        for (KubernetesLists.Item item : KubernetesLists.items(document)) {
            validateObject(item.object()).forEach(v -> violations.add(v.withPointerPrefix(item.pointer())));
        }
        return sorted(violations);
    }

    /** Validates one object as it is (a list document is validated as an object, not expanded). */
    public List<Violation> validateObject(JsonNode object) {
        List<Violation> violations = new ArrayList<>(ManifestShape.check(object));
        if (!ManifestShape.isIdentified(object)) {
            return sorted(violations);
        }
        GroupVersionKind gvk = GroupVersionKind.of(object.get("apiVersion").stringValue().trim(),
                object.get("kind").stringValue().trim());
        Optional<CompiledKind> compiled = registry.compiled(gvk);
        if (compiled.isEmpty()) {
            unknownKind(gvk).ifPresent(violations::add);
            return sorted(violations);
        }
        List<com.networknt.schema.Error> errors;
        try {
            errors = compiled.get().schema().validate(object);
        } catch (RuntimeException e) {
            registry.recordProblem(compiled.get().info().origin() + ": validating " + gvk + " failed: " + e.getMessage());
            return sorted(violations);
        }
        for (com.networknt.schema.Error error : errors) {
            if (insideAlternative(error)) {
                continue;
            }
            Violation violation = ViolationMessages.toViolation(error, object, gvk);
            if (strict || violation.kind() != Violation.Kind.UNKNOWN_FIELD) {
                violations.add(violation);
            }
        }
        return sorted(violations);
    }

    /**
     * Whether an error explains why one alternative of a oneOf/anyOf failed; the failed oneOf/anyOf
     * itself is reported, its alternatives' reasons would only confuse ("a is required", "b is required").
     */
    private static boolean insideAlternative(com.networknt.schema.Error error) {
        NodePath path = error.getEvaluationPath();
        for (int i = 0; i < path.getNameCount() - 1; i++) {
            Object element = path.getElement(i);
            if ("oneOf".equals(element) || "anyOf".equals(element)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Violation> unknownKind(GroupVersionKind gvk) {
        if (registry.find(gvk).isPresent()) {
            return Optional.empty(); // known but unusable: SchemaRegistry.problems() says why
        }
        if (lifecycle.status(gvk, registry.kubernetesVersion()).isRemoved()) {
            return Optional.empty();
        }
        return Optional.of(new Violation("/kind", Violation.Kind.UNKNOWN_KIND, "no schema for " + gvk
                + ": not a built-in kind of Kubernetes " + registry.kubernetesVersion()
                + ", and no CRD in the repository, schema location or the bundled catalog defines it"));
    }

    private static List<Violation> sorted(List<Violation> violations) {
        Set<Violation> unique = new LinkedHashSet<>(violations);
        List<Violation> list = new ArrayList<>(unique);
        list.sort(Comparator.comparing(Violation::jsonPointer).thenComparing(Violation::message));
        return list;
    }
}
