package dev.gitopslint.core.render;

import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.manifest.Located;
import dev.gitopslint.core.manifest.ManifestLocator;
import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.values.MergedValues;
import dev.gitopslint.core.workspace.Workspace;
import dev.gitopslint.core.yaml.JsonPointers;
import dev.gitopslint.core.yaml.YamlDocument;
import dev.gitopslint.core.yaml.YamlNode;
import dev.gitopslint.core.yaml.YamlScalar;
import dev.gitopslint.core.yaml.YamlWalker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps a field of a rendered object back to where a user changes it (the heuristic is described in
 * docs/provenance.md):
 * <ol>
 * <li>a scalar whose value equals exactly one effective values leaf — preferring a leaf with the same
 * key name — is reported on that values line, with the template as a related location;</li>
 * <li>otherwise the template line that writes the field's key, with its value when the value is a
 * literal in the template;</li>
 * <li>otherwise the template file.</li>
 * </ol>
 * Short or ambiguous values (booleans, numbers, values that several leaves share) are not matched to
 * values, so a coincidence never sends the user to the wrong file.
 */
final class RenderedLocator implements ManifestLocator {

    private static final int MIN_UNNAMED_MATCH_LENGTH = 4;

    private final YamlDocument document;
    private final String template;
    private final Workspace workspace;
    private final Map<String, List<Leaf>> leavesByValue;
    private final String kind;
    private final int ordinal;
    private final int sameKind;

    /**
     * {@code ordinal} is this document's place among the {@code sameKind} documents of its kind that the
     * same template rendered. Helm reorders documents (hooks last), so a template holding several objects
     * is narrowed to the {@code ---} sections that write this kind, and to the ordinal-th of them when
     * their number matches.
     */
    RenderedLocator(YamlDocument document, String template, Workspace workspace,
            Map<String, List<Leaf>> leavesByValue, String kind, int ordinal, int sameKind) {
        this.document = document;
        this.template = template;
        this.workspace = workspace;
        this.leavesByValue = leavesByValue;
        this.kind = kind;
        this.ordinal = ordinal;
        this.sameKind = sameKind;
    }

    /** A scalar of the app's effective values: its key and where it is written. */
    record Leaf(String name, Position position) {
    }

    /**
     * The app's effective values leaves by their text, lists included, for matching rendered values back
     * to values lines. Positions are the lines the merged values took each leaf from.
     */
    static Map<String, List<Leaf>> leavesByValue(MergedValues values) {
        Map<String, List<Leaf>> index = new java.util.HashMap<>();
        YamlWalker.walk(values.root(), (path, entry, parent) -> {
            if (entry.value() instanceof YamlScalar scalar && scalar.kind() != YamlScalar.Kind.NULL) {
                index.computeIfAbsent(scalar.text(), k -> new ArrayList<>())
                        .add(new Leaf(entry.name(), scalar.position()));
            }
        });
        return index;
    }

    /** The 0-based first and end line of this document's section of the template (the whole file if unsure). */
    private int[] section(String[] lines) {
        List<int[]> sections = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || lines[i].startsWith("---")) {
                if (i > start) {
                    sections.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        Pattern kindLine = Pattern.compile("^\\s*kind:\\s*[\"']?" + Pattern.quote(kind) + "[\"']?\\s*(#.*)?$");
        List<int[]> ofKind = new ArrayList<>();
        for (int[] section : sections) {
            for (int i = section[0]; i < section[1]; i++) {
                if (kindLine.matcher(lines[i]).matches()) {
                    ofKind.add(section);
                    break;
                }
            }
        }
        if (ofKind.size() == sameKind && ordinal < ofKind.size()) {
            return ofKind.get(ordinal);
        }
        return new int[] {0, lines.length};
    }

    @Override
    public Located locate(String pointer) {
        Optional<YamlNode> node = document.at(pointer);
        List<String> tokens = JsonPointers.tokens(pointer);
        String key = lastKey(tokens);
        Position inTemplate = keyPathLine(tokens).orElseGet(() -> templateLine(key, node));
        if (node.isPresent() && node.get() instanceof YamlScalar scalar && scalar.kind() != YamlScalar.Kind.NULL) {
            Optional<Leaf> origin = valuesOrigin(scalar.text(), scalar.kind() == YamlScalar.Kind.STRING, key);
            if (origin.isPresent()) {
                return new Located(origin.get().position(), List.of(new Related(inTemplate,
                        "rendered by this template into " + pointer.substring(1).replace('/', '.'))));
            }
        }
        return Located.at(inTemplate);
    }

    @Override
    public Optional<Located> locateValue(String text, String key) {
        return valuesOrigin(text, true, key).map(leaf -> new Located(leaf.position(),
                List.of(new Related(Position.ofFile(template), "rendered by this template"))));
    }

    private Optional<Leaf> valuesOrigin(String text, boolean isString, String key) {
        List<Leaf> candidates = leavesByValue.getOrDefault(text, List.of());
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<Leaf> sameName = candidates.stream().filter(l -> l.name().equals(key)).toList();
        if (sameName.size() == 1) {
            return Optional.of(sameName.get(0));
        }
        boolean distinctive = isString && text.length() >= MIN_UNNAMED_MATCH_LENGTH;
        return sameName.isEmpty() && candidates.size() == 1 && distinctive ? Optional.of(candidates.get(0))
                : Optional.empty();
    }

    /**
     * The template line that writes the last key of the pointer, found by following its keys downwards:
     * each key must appear after the previous one, further indented (list indexes are skipped).
     */
    private Optional<Position> keyPathLine(List<String> tokens) {
        List<String> keys = tokens.stream().filter(t -> !t.chars().allMatch(Character::isDigit)).toList();
        String text = workspace.text(template).orElse("");
        if (keys.size() < 2 || text.isEmpty()) {
            return Optional.empty();
        }
        String[] lines = text.split("\n", -1);
        int[] range = section(lines);
        int next = 0;
        int indent = -1;
        for (int i = range[0]; i < range[1]; i++) {
            int at = keyAt(lines[i], keys.get(next));
            if (at > indent) {
                indent = at;
                if (++next == keys.size()) {
                    return Optional.of(new Position(template, i + 1, at + 1));
                }
            }
        }
        return Optional.empty();
    }

    private Position templateLine(String key, Optional<YamlNode> node) {
        String text = workspace.text(template).orElse("");
        if (text.isEmpty() || key == null) {
            return Position.ofFile(template);
        }
        String[] lines = text.split("\n", -1);
        int[] range = section(lines);
        String literal = node.filter(YamlScalar.class::isInstance).map(n -> ((YamlScalar) n).text()).orElse(null);
        int keyOnly = -1;
        for (int i = range[0]; i < range[1]; i++) {
            String line = lines[i];
            int at = keyAt(line, key);
            if (at < 0) {
                continue;
            }
            if (literal != null && !literal.isEmpty() && line.substring(at).contains(literal)) {
                return new Position(template, i + 1, at + 1);
            }
            if (keyOnly < 0) {
                keyOnly = i;
            }
        }
        if (keyOnly >= 0) {
            return new Position(template, keyOnly + 1, keyAt(lines[keyOnly], key) + 1);
        }
        return Position.ofFile(template);
    }

    /** Column of {@code key:} (or {@code - key:}) in a template line, or -1. */
    private static int keyAt(String line, String key) {
        String trimmed = line.stripLeading();
        int indent = line.length() - trimmed.length();
        if (trimmed.startsWith("- ")) {
            indent += 2;
            trimmed = trimmed.substring(2).stripLeading();
        }
        return trimmed.startsWith(key + ":") || trimmed.startsWith("\"" + key + "\":") ? indent : -1;
    }

    private static String lastKey(List<String> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (!tokens.get(i).chars().allMatch(Character::isDigit)) {
                return tokens.get(i);
            }
        }
        return null;
    }
}
