package dev.gitopslint.core.baseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The baseline file: {@code {"version": 1, "findings": [{"fingerprint", "ruleId", "file", "message"}]}},
 * sorted by file, rule and message, with no timestamps, so that regenerating it changes only what changed.
 */
public final class BaselineFile {

    public static final int VERSION = 1;
    public static final String DEFAULT_NAME = ".gitops-lint-baseline.json";

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private BaselineFile() {
    }

    public static String toJson(Baseline baseline) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("version", VERSION);
        ArrayNode findings = root.putArray("findings");
        for (BaselineEntry entry : baseline.entries()) {
            findings.addObject()
                    .put("fingerprint", entry.fingerprint())
                    .put("ruleId", entry.ruleId())
                    .put("file", entry.file())
                    .put("message", entry.message());
        }
        return MAPPER.writeValueAsString(root) + "\n";
    }

    public static void write(Baseline baseline, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(baseline), StandardCharsets.UTF_8);
    }

    public static Baseline read(Path file) throws BaselineException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BaselineException(file + ": baseline file not found (create it with 'gitops-lint baseline create')");
        } catch (IOException e) {
            throw new BaselineException(file + ": cannot read the baseline: " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    /** Reads baseline JSON; {@code name} is how errors refer to it. */
    public static Baseline parse(String text, String name) throws BaselineException {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            var at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new BaselineException(name + where + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BaselineException(name + ": not a gitops-lint baseline (expected a JSON object)");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isInt() || version.asInt() != VERSION) {
            throw new BaselineException(name + ": unsupported baseline version " + version
                    + " (this gitops-lint reads version " + VERSION + ")");
        }
        JsonNode findings = root.get("findings");
        if (findings == null || !findings.isArray()) {
            throw new BaselineException(name + ": \"findings\" must be a list");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            JsonNode item = findings.get(i);
            JsonNode fingerprint = item.get("fingerprint");
            if (!item.isObject() || fingerprint == null || !fingerprint.isString() || fingerprint.asString().isBlank()) {
                throw new BaselineException(name + ": findings[" + i + "] has no fingerprint");
            }
            entries.add(new BaselineEntry(fingerprint.asString(), text(item, "ruleId"), text(item, "file"),
                    text(item, "message")));
        }
        return new Baseline(entries);
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value != null && value.isString() ? value.asString() : "";
    }
}
