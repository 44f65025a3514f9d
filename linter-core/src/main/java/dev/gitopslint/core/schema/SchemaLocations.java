package dev.gitopslint.core.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * User-configured local schema locations, in the layouts the community tools use. A location is
 * either a directory, searched with the two common templates
 * {@code {{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json} and
 * {@code {{.ResourceKind}}-{{.Group}}-{{.ResourceAPIVersion}}.json} (kind in lower case), or a path
 * template using those three variables itself. Locations are searched in order; remote URLs are
 * refused, schemas are never downloaded. A file is read like a CRD's schema (the CRDs-catalog layout
 * is made of converted CRDs): an object that declares no properties accepts no fields unless it
 * carries {@code x-kubernetes-preserve-unknown-fields}; references must stay inside the file.
 */
final class SchemaLocations {

    /** A schema file found for a kind. */
    record Found(Path file, JsonNode schema) {
    }

    private static final List<String> DIRECTORY_TEMPLATES = List.of(
            "{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json",
            "{{.ResourceKind}}-{{.Group}}-{{.ResourceAPIVersion}}.json");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*\\.(\\w+)\\s*}}");
    private static final List<String> KNOWN_VARIABLES = List.of("Group", "ResourceKind", "ResourceAPIVersion");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final List<String> templates = new ArrayList<>();

    /**
     * @throws IllegalArgumentException for a remote URL or a template with an unknown variable (a
     *     configuration error, with a message for the user)
     */
    SchemaLocations(List<String> locations) {
        for (String location : locations) {
            if (location.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
                throw new IllegalArgumentException("schema location '" + location
                        + "' is a URL; only local directories or path templates are supported (no network)");
            }
            if (location.contains("{{")) {
                Matcher variables = VARIABLE.matcher(location);
                while (variables.find()) {
                    if (!KNOWN_VARIABLES.contains(variables.group(1))) {
                        throw new IllegalArgumentException("schema location '" + location + "' uses {{." + variables.group(1)
                                + "}}; supported variables: {{.Group}}, {{.ResourceKind}}, {{.ResourceAPIVersion}}");
                    }
                }
                templates.add(location);
            } else {
                for (String template : DIRECTORY_TEMPLATES) {
                    templates.add(location.endsWith("/") ? location + template : location + "/" + template);
                }
            }
        }
    }

    boolean isEmpty() {
        return templates.isEmpty();
    }

    /**
     * The first schema file for the kind, if any.
     *
     * @throws SchemaLoadException when the file exists but is not JSON
     */
    Optional<Found> find(GroupVersionKind gvk) {
        for (String template : templates) {
            Path file = Path.of(expand(template, gvk)).normalize();
            if (Files.isRegularFile(file)) {
                return Optional.of(new Found(file, read(file)));
            }
        }
        return Optional.empty();
    }

    private static String expand(String template, GroupVersionKind gvk) {
        return template.replaceAll("\\{\\{\\s*\\.Group\\s*}}", Matcher.quoteReplacement(gvk.group()))
                .replaceAll("\\{\\{\\s*\\.ResourceKind\\s*}}", Matcher.quoteReplacement(gvk.kind().toLowerCase(Locale.ROOT)))
                .replaceAll("\\{\\{\\s*\\.ResourceAPIVersion\\s*}}", Matcher.quoteReplacement(gvk.version()));
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(Files.readString(file));
        } catch (IOException | JacksonException e) {
            throw new SchemaLoadException("schema file " + file + " cannot be read as JSON: " + e.getMessage(), e);
        }
    }
}
