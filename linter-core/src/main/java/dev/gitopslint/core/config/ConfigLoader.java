package dev.gitopslint.core.config;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.yaml.JsonPointers;
import dev.gitopslint.core.yaml.YamlDocument;
import dev.gitopslint.core.yaml.YamlEntry;
import dev.gitopslint.core.yaml.YamlFile;
import dev.gitopslint.core.yaml.YamlLimits;
import dev.gitopslint.core.yaml.YamlLoader;
import dev.gitopslint.core.yaml.YamlMap;
import dev.gitopslint.core.yaml.YamlNode;
import dev.gitopslint.core.yaml.YamlScalar;
import dev.gitopslint.core.yaml.YamlSeq;
import dev.gitopslint.core.yaml.YamlToJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code .gitops-lint.yaml}, validates it against the published JSON Schema (unknown keys are
 * errors, reported with file:line:column), and builds a {@link LintConfig}.
 */
public final class ConfigLoader {

    public static final String FILE_NAME = ".gitops-lint.yaml";
    private static final String SCHEMA_RESOURCE = "/dev/gitopslint/schemas/config/gitops-lint.schema.json";
    private static final Pattern SIZE = Pattern.compile("^([0-9]+)\\s*(B|KiB|MiB|GiB)?$");

    private ConfigLoader() {
    }

    /** The config at {@code explicit}, else {@code .gitops-lint.yaml} in the repository, else defaults. */
    public static LintConfig load(Path repository, Optional<Path> explicit) throws ConfigException {
        Path file = explicit.orElse(repository.resolve(FILE_NAME));
        if (explicit.isEmpty() && !Files.isRegularFile(file)) {
            return LintConfig.defaults();
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(List.of(file + ": configuration file not found"));
        }
        String name = displayName(repository, file);
        try {
            return parse(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ConfigException(List.of(name + ": cannot read the configuration: " + e.getMessage()));
        }
    }

    public static LintConfig parse(String name, byte[] bytes) throws ConfigException {
        YamlFile yaml = new YamlLoader(YamlLimits.defaults()).load(name, bytes);
        List<String> problems = new ArrayList<>();
        yaml.problems().forEach(p -> problems.add(p.position() + ": " + p.message()));
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        Optional<YamlNode> root = yaml.documents().stream().findFirst().flatMap(YamlDocument::root);
        if (root.isEmpty()) {
            return LintConfig.defaults();
        }
        YamlDocument document = yaml.documents().get(0);
        for (Error error : ConfigSchema.SCHEMA.validate(YamlToJackson.convert(root.get()))) {
            problems.add(describe(document, error));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems.stream().sorted().distinct().toList());
        }
        return build(name, (YamlMap) root.get());
    }

    private static String describe(YamlDocument document, Error error) {
        String pointer = toPointer(error);
        if ("additionalProperties".equals(error.getKeyword()) && error.getProperty() != null) {
            String key = JsonPointers.append(pointer, error.getProperty());
            Position at = document.positionOf(key);
            return at + ": unknown key '" + error.getProperty() + "'" + (pointer.isEmpty() ? "" : " under "
                    + String.join(".", JsonPointers.tokens(pointer))) + " (see the configuration reference in "
                    + "docs/configuration.md)";
        }
        if ("propertyNames".equals(error.getKeyword()) && error.getProperty() != null) {
            // The offending key is the subject: point at it rather than at the mapping holding it.
            return document.positionOf(JsonPointers.append(pointer, error.getProperty())) + ": " + error.getMessage();
        }
        return document.positionOf(pointer) + ": " + error.getMessage();
    }

    private static String toPointer(Error error) {
        StringBuilder pointer = new StringBuilder();
        var path = error.getInstanceLocation();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(JsonPointers.escape(String.valueOf(path.getElement(i))));
        }
        return pointer.toString();
    }

    private static LintConfig build(String name, YamlMap root) {
        Map<String, EnvironmentConfig> environments = new LinkedHashMap<>();
        root.map("environments").ifPresent(envs -> envs.entries().forEach(e -> environments.put(e.name(),
                environment(e.value()))));
        List<IgnoreEntry> ignores = new ArrayList<>();
        root.seq("ignore").ifPresent(seq -> seq.items().forEach(item -> ignores.add(ignore((YamlMap) item))));
        Map<String, RuleSettings> rules = new LinkedHashMap<>();
        root.map("rules").ifPresent(r -> r.entries().forEach(e -> rules.put(e.name(), ruleSettings((YamlMap) e.value()))));
        long maxBytes = root.get("maxFileSize").map(ConfigLoader::bytes).orElse(YamlLimits.DEFAULT_MAX_FILE_BYTES);
        Map<String, RegistryConfig> registries = new LinkedHashMap<>();
        root.map("registries").ifPresent(r -> r.entries().forEach(e -> registries.put(e.name(), registry(e))));
        return new LintConfig(Optional.of(name), root.text("kubernetesVersion"), maxBytes, strings(root, "exclude"),
                environments, strings(root, "components"), root.text("charts"), strings(root, "layers"), ignores,
                rules, strings(root, "repoURLs"), strings(root, "schemaLocations"),
                root.get("strict").map(n -> !Boolean.FALSE.equals(((YamlScalar) n).value())).orElse(true), registries,
                root.seq("clusters").map(seq -> seq.items().stream().map(n -> plain((YamlMap) n)).toList())
                        .orElse(List.of()),
                root.seq("vendored").map(seq -> seq.items().stream().map(n -> vendored((YamlMap) n)).toList())
                        .orElse(List.of()));
    }

    private static VendoredChart vendored(YamlMap entry) {
        return new VendoredChart(entry.text("repoURL").orElse(""), entry.text("chart"), entry.text("path").orElse(""),
                entry.position());
    }

    private static RegistryConfig registry(YamlEntry entry) {
        YamlMap map = (YamlMap) entry.value();
        boolean isPrivate = map.get("private").map(n -> Boolean.TRUE.equals(((YamlScalar) n).value())).orElse(false);
        return new RegistryConfig(entry.name(), isPrivate, map.text("pullSecret"), entry.key().position());
    }

    private static EnvironmentConfig environment(YamlNode node) {
        if (!(node instanceof YamlMap map)) {
            return EnvironmentConfig.empty();
        }
        Map<String, String> vars = new LinkedHashMap<>();
        map.map("vars").ifPresent(v -> v.entries().forEach(e -> vars.put(e.name(), ((YamlScalar) e.value()).text())));
        return new EnvironmentConfig(vars, strings(map, "platforms"));
    }

    private static IgnoreEntry ignore(YamlMap map) {
        return new IgnoreEntry(map.text("path"), map.text("rule"), map.text("app"), map.text("environment"),
                map.text("reason").orElse(""), map.position());
    }

    private static RuleSettings ruleSettings(YamlMap map) {
        boolean enabled = map.get("enabled").map(n -> !Boolean.FALSE.equals(((YamlScalar) n).value())).orElse(true);
        Optional<Severity> severity = map.text("severity").map(Severity::parse);
        Map<String, Object> options = map.map("options").map(ConfigLoader::plain).orElse(Map.of());
        return new RuleSettings(enabled, severity, options);
    }

    private static Map<String, Object> plain(YamlMap map) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (YamlEntry entry : map.entries()) {
            out.put(entry.name(), plainValue(entry.value()));
        }
        return out;
    }

    private static Object plainValue(YamlNode node) {
        if (node instanceof YamlMap map) {
            return plain(map);
        }
        if (node instanceof YamlSeq seq) {
            return seq.items().stream().map(ConfigLoader::plainValue).toList();
        }
        Object value = ((YamlScalar) node).value();
        return value == null ? "" : value;
    }

    private static List<String> strings(YamlMap map, String key) {
        return map.seq(key).map(seq -> seq.items().stream().map(n -> ((YamlScalar) n).text()).toList())
                .orElse(List.of());
    }

    private static long bytes(YamlNode node) {
        YamlScalar scalar = (YamlScalar) node;
        if (scalar.value() instanceof Long l) {
            return l;
        }
        Matcher m = SIZE.matcher(scalar.text().trim());
        if (!m.matches()) {
            return YamlLimits.DEFAULT_MAX_FILE_BYTES;
        }
        long number = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        return switch (unit) {
            case "KIB" -> number << 10;
            case "MIB" -> number << 20;
            case "GIB" -> number << 30;
            default -> number;
        };
    }

    private static String displayName(Path repository, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = repository.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString().replace('\\', '/') : file.toString();
    }

    /** Compiled on first use: a repository without a config file never needs it. */
    private static final class ConfigSchema {
        static final Schema SCHEMA = loadSchema();
    }

    private static Schema loadSchema() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + SCHEMA_RESOURCE);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
