package dev.gitopslint.core.schema;

import dev.gitopslint.core.concurrent.Memo;
import com.networknt.schema.Schema;
import dev.gitopslint.schemas.BundledSchemas;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds and compiles the schema of a group/version/kind, offline. Precedence, first match wins:
 * <ol>
 *   <li>CustomResourceDefinitions from the repository ({@link #addCustomResourceDefinition}),</li>
 *   <li>configured schema locations (local directories or path templates),</li>
 *   <li>the bundled Kubernetes schemas of the target version (built-in kinds),</li>
 *   <li>the bundled CRD catalog.</li>
 * </ol>
 * Each kind's schema is compiled once, on first use, and cached; lookups and validation may run on
 * many threads. Register the repository's CRDs before validating: registering a CRD for a kind drops
 * that kind's cached schema.
 */
public final class SchemaRegistry {

    private final KubernetesVersion kubernetesVersion;
    private final BuiltInKinds builtInKinds;
    private final SchemaLocations schemaLocations;
    private final boolean bundledCatalog;
    private final StructuralSchemaTranslator customTranslator;
    private final JsonSchemaCompiler compiler;
    private final Optional<Set<String>> knownDefinitions;
    private final String knownAddress;

    private final Map<GroupVersionKind, Candidate> repositoryCrds = new ConcurrentHashMap<>();
    private final Map<GroupVersionKind, Resolution> resolutions = new ConcurrentHashMap<>();
    private final Set<String> problems = Collections.synchronizedSet(new LinkedHashSet<>());
    private final AtomicInteger compileCount = new AtomicInteger();
    private final AtomicInteger documentCounter = new AtomicInteger();

    private SchemaRegistry(Builder builder) {
        this.kubernetesVersion = KubernetesVersion.parse(builder.kubernetesVersion);
        this.builtInKinds = BuiltInKinds.of(kubernetesVersion);
        // Kinds known up front get a document of just their definitions (and ObjectMeta, which custom
        // resources refer to): translating and compiling all of a version's definitions was most of the
        // cost of a first validation. Any other kind is found in the document of all definitions.
        this.knownDefinitions = builder.kinds.map(kinds -> builtInKinds.closure(kinds,
                StructuralSchemaTranslator.OBJECT_META_DEFINITION));
        this.knownAddress = JsonSchemaCompiler.BASE + "kubernetes/" + kubernetesVersion + "-known.json";
        Memo<String> known = Memo.of(() -> builtInKinds.document(knownDefinitions.orElseThrow()));
        this.compiler = new JsonSchemaCompiler(Map.of(knownAddress, known, builtInKinds.address(),
                builtInKinds::document));
        this.customTranslator = new StructuralSchemaTranslator(StructuralSchemaTranslator.Flavor.CUSTOM,
                referenceTo(StructuralSchemaTranslator.OBJECT_META_DEFINITION));
        this.schemaLocations = new SchemaLocations(builder.schemaLocations);
        this.bundledCatalog = builder.bundledCatalog;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks configured schema locations without building a registry.
     *
     * @throws IllegalArgumentException for a URL or an unknown template variable, with a message for the user
     */
    public static void checkSchemaLocations(List<String> locations) {
        new SchemaLocations(locations);
    }

    /** The bundled Kubernetes versions, oldest first; the newest is the default target. */
    public static List<KubernetesVersion> bundledKubernetesVersions() {
        return BundledSchemas.kubernetesVersions().stream().map(KubernetesVersion::parse).toList();
    }

    public KubernetesVersion kubernetesVersion() {
        return kubernetesVersion;
    }

    /**
     * Registers every served version of a CustomResourceDefinition found in the repository. A kind
     * defined by two CRDs keeps the first registration (register in a stable order).
     *
     * @param crd the parsed CRD object
     * @param origin where it was found (a path), named in problems and by {@link KindSchema#origin()}
     */
    public CrdRegistration addCustomResourceDefinition(JsonNode crd, String origin) {
        List<GroupVersionKind> kinds = new ArrayList<>();
        List<String> found = new ArrayList<>();
        List<CustomResourceDefinitions.ServedVersion> served;
        try {
            served = CustomResourceDefinitions.servedVersions(crd);
        } catch (SchemaLoadException e) {
            return registrationProblem(origin, e.getMessage());
        }
        for (CustomResourceDefinitions.ServedVersion version : served) {
            ObjectNode document;
            try {
                document = customTranslator.translateRoot(version.schema());
            } catch (SchemaLoadException e) {
                found.add(origin + ": " + version.gvk() + ": " + e.getMessage());
                continue;
            }
            Candidate candidate = new Candidate(new KindSchema(version.gvk(), SchemaSource.REPOSITORY_CRD, origin), document);
            Candidate earlier = repositoryCrds.putIfAbsent(version.gvk(), candidate);
            if (earlier != null) {
                found.add(origin + ": " + version.gvk() + " is already defined by " + earlier.info().origin()
                        + "; that definition is used");
                continue;
            }
            resolutions.remove(version.gvk());
            kinds.add(version.gvk());
        }
        problems.addAll(found);
        return new CrdRegistration(kinds, found);
    }

    private CrdRegistration registrationProblem(String origin, String message) {
        String problem = origin + ": " + message;
        problems.add(problem);
        return new CrdRegistration(List.of(), List.of(problem));
    }

    /** Which schema applies to a kind, if any (without compiling it). */
    public Optional<KindSchema> find(GroupVersionKind gvk) {
        return resolution(gvk).candidate().map(Candidate::info);
    }

    /** How many schemas have been compiled so far: at most one per kind. */
    public int compiledSchemaCount() {
        return compileCount.get();
    }

    /**
     * Schemas that could not be used (unreadable schema files, CRDs the validator cannot compile,
     * duplicate CRDs), each once, as {@code origin: message}, in the order met. Objects of those kinds
     * get no schema violations.
     */
    public List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    /** The compiled schema of a kind; empty when no source knows the kind or its schema is unusable. */
    Optional<CompiledKind> compiled(GroupVersionKind gvk) {
        return resolution(gvk).compiled();
    }

    void recordProblem(String problem) {
        problems.add(problem);
    }

    private Resolution resolution(GroupVersionKind gvk) {
        return resolutions.computeIfAbsent(gvk, key -> new Resolution(locate(key)));
    }

    private Optional<Candidate> locate(GroupVersionKind gvk) {
        Candidate repository = repositoryCrds.get(gvk);
        if (repository != null) {
            return Optional.of(repository);
        }
        Optional<Candidate> located = fromSchemaLocations(gvk);
        if (located.isPresent()) {
            return located;
        }
        Optional<String> builtIn = builtInKinds.definition(gvk).map(this::referenceTo);
        if (builtIn.isPresent()) {
            ObjectNode document = JsonNodeFactory.instance.objectNode();
            document.put("$ref", builtIn.get());
            return Optional.of(new Candidate(new KindSchema(gvk, SchemaSource.BUILT_IN, "Kubernetes " + kubernetesVersion), document));
        }
        return bundledCatalog ? fromCatalog(gvk) : Optional.empty();
    }

    /** A built-in definition in the document of known kinds when it is there, else in the one of all. */
    private String referenceTo(String definition) {
        return knownDefinitions.filter(known -> known.contains(definition))
                .map(known -> knownAddress + "#/$defs/" + definition)
                .orElseGet(() -> builtInKinds.reference(definition));
    }

    private Optional<Candidate> fromSchemaLocations(GroupVersionKind gvk) {
        if (schemaLocations.isEmpty()) {
            return Optional.empty();
        }
        try {
            return schemaLocations.find(gvk).map(found -> new Candidate(
                    new KindSchema(gvk, SchemaSource.SCHEMA_LOCATION, found.file().toString()),
                    translateOrRecord(found.schema(), found.file() + ": " + gvk)));
        } catch (SchemaLoadException e) {
            problems.add(e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Candidate> fromCatalog(GroupVersionKind gvk) {
        try {
            return BundledSchemas.catalogSchema(gvk.group(), gvk.version(), gvk.kind()).map(schema -> new Candidate(
                    new KindSchema(gvk, SchemaSource.CRD_CATALOG, "CRD catalog"),
                    translateOrRecord(schema, "CRD catalog: " + gvk)));
        } catch (SchemaLoadException e) {
            problems.add(e.getMessage());
            return Optional.empty();
        }
    }

    private ObjectNode translateOrRecord(JsonNode schema, String origin) {
        try {
            return customTranslator.translateRoot(schema);
        } catch (SchemaLoadException e) {
            throw new SchemaLoadException(origin + ": " + e.getMessage(), e);
        }
    }

    private CompiledKind compile(Candidate candidate) {
        GroupVersionKind gvk = candidate.info().gvk();
        String address = JsonSchemaCompiler.BASE + "kinds/" + documentCounter.incrementAndGet() + "/"
                + (gvk.group().isEmpty() ? "core" : gvk.group()) + "/" + gvk.version() + "/" + gvk.kind() + ".json";
        Schema schema = compiler.compile(address, candidate.document());
        compileCount.incrementAndGet();
        return new CompiledKind(candidate.info(), schema);
    }

    /** A located schema, translated but not compiled yet. */
    private record Candidate(KindSchema info, ObjectNode document) {
    }

    /** A kind's lookup result; compiles on first use, once, whichever thread asks first. */
    private final class Resolution {
        private final Optional<Candidate> candidate;
        private volatile Optional<CompiledKind> compiled;

        Resolution(Optional<Candidate> candidate) {
            this.candidate = candidate;
        }

        Optional<Candidate> candidate() {
            return candidate;
        }

        /** Lock-free once compiled: every validation of the kind passes here. */
        Optional<CompiledKind> compiled() {
            Optional<CompiledKind> result = compiled;
            if (result == null) {
                synchronized (this) {
                    result = compiled;
                    if (result == null) {
                        result = candidate.flatMap(this::compileOrRecord);
                        compiled = result;
                    }
                }
            }
            return result;
        }

        private Optional<CompiledKind> compileOrRecord(Candidate found) {
            try {
                return Optional.of(compile(found));
            } catch (RuntimeException e) {
                problems.add(found.info().origin() + ": the schema of " + found.info().gvk()
                        + " cannot be compiled: " + e.getMessage());
                return Optional.empty();
            }
        }
    }

    /** Options of a registry: the target Kubernetes version, schema locations, the bundled catalog. */
    public static final class Builder {
        private String kubernetesVersion = BundledSchemas.newestKubernetesVersion();
        private final List<String> schemaLocations = new ArrayList<>();
        private boolean bundledCatalog = true;
        private Optional<Set<GroupVersionKind>> kinds = Optional.empty();

        private Builder() {
        }

        /**
         * The target version ({@code 1.34}, {@code v1.34.2}); default the newest bundled one.
         *
         * @throws IllegalArgumentException when it is not one of {@link #bundledKubernetesVersions()}
         */
        public Builder kubernetesVersion(String version) {
            KubernetesVersion parsed = KubernetesVersion.parse(version);
            if (!bundledKubernetesVersions().contains(parsed)) {
                throw new IllegalArgumentException("Kubernetes " + parsed + " is not bundled; choose one of "
                        + String.join(", ", BundledSchemas.kubernetesVersions()));
            }
            this.kubernetesVersion = parsed.toString();
            return this;
        }

        /**
         * Local schema locations searched after the repository's CRDs, in order: directories (searched
         * with the two community layouts) or path templates with {@code {{.Group}}},
         * {@code {{.ResourceKind}}} and {@code {{.ResourceAPIVersion}}}.
         */
        public Builder schemaLocations(List<String> locations) {
            this.schemaLocations.addAll(locations);
            return this;
        }

        /**
         * The kinds the registry will be asked for, when known: their built-in definitions are then
         * prepared alone, which is much faster than all of them. Other kinds still work.
         */
        public Builder kinds(Collection<GroupVersionKind> expected) {
            this.kinds = Optional.of(new LinkedHashSet<>(expected));
            return this;
        }

        /** Whether to use the bundled CRD catalog (default true). */
        public Builder bundledCatalog(boolean use) {
            this.bundledCatalog = use;
            return this;
        }

        /** @throws IllegalArgumentException for an unusable schema location (a URL, an unknown template variable) */
        public SchemaRegistry build() {
            return new SchemaRegistry(this);
        }
    }
}
