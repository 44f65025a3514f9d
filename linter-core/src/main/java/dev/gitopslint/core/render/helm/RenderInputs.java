package dev.gitopslint.core.render.helm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.databind.json.JsonMapper;

/**
 * The values side of one render in helm-java's wire format: value files (comma-separated), inline
 * values and generated parameter values as extra files, {@code --set} and {@code --set-file} entries.
 * Files that helm-java cannot pass as they are (a comma in the path, or a hook key to mask) are copied
 * into a scratch directory; {@link #restorePaths} maps those copies back in Helm's messages.
 */
final class RenderInputs implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UNSAFE_PATH_CHARACTERS = ",={}[]\"'\\";

    private final WorkDirectory work;
    private final List<String> valueFiles = new ArrayList<>();
    private final Map<String, String> sets = new LinkedHashMap<>();
    private final Map<String, String> setFiles = new LinkedHashMap<>();
    private final Map<String, String> copies = new LinkedHashMap<>();
    private final boolean maskHooks;
    private boolean masked;
    private Path scratch;

    private RenderInputs(WorkDirectory work, boolean maskHooks) {
        this.work = work;
        this.maskHooks = maskHooks;
    }

    /** {@code maskHooks} false passes every input unchanged (used for generated charts). */
    static RenderInputs of(RenderRequest request, WorkDirectory work, boolean maskHooks) throws IOException {
        RenderInputs inputs = new RenderInputs(work, maskHooks);
        try {
            inputs.add(request);
        } catch (IOException | RuntimeException e) {
            inputs.close();
            throw e;
        }
        return inputs;
    }

    private void add(RenderRequest request) throws IOException {
        for (Path file : request.valueFiles()) {
            valueFiles.add(usable(file, ",", "values"));
        }
        Object inline = request.effectiveInlineValues();
        if (inline != null) {
            String text = inline instanceof String yaml ? yaml : JSON.writeValueAsString(inline);
            valueFiles.add(written("inline-values.yaml", text));
        }
        SetParameters.Plan plan = SetParameters.plan(request.parameters());
        if (!plan.overrides().isEmpty()) {
            valueFiles.add(written("parameter-values.json", JSON.writeValueAsString(plan.overrides())));
        }
        plan.sets().forEach((name, value) -> sets.put(maskText(name), maskText(value)));
        for (HelmFileParameter parameter : request.fileParameters()) {
            setFiles.put(maskText(parameter.name()), usable(parameter.file(), UNSAFE_PATH_CHARACTERS, "file-parameter"));
        }
    }

    String valueFiles() {
        if (valueFiles.isEmpty()) {
            return null;
        }
        StringJoiner joined = new StringJoiner(",");
        valueFiles.forEach(joined::add);
        return joined.toString();
    }

    String sets() {
        return sets.isEmpty() ? null : SetParameters.urlEncoded(sets);
    }

    String setFiles() {
        return setFiles.isEmpty() ? null : SetParameters.urlEncoded(setFiles);
    }

    /** Whether any input had a hook key masked, so the output needs unmasking. */
    boolean masked() {
        return masked;
    }

    /** Replaces the paths of scratch copies in {@code message} with the files they were made from. */
    String restorePaths(String message) {
        String restored = message;
        for (Map.Entry<String, String> copy : copies.entrySet()) {
            restored = restored.replace(copy.getKey(), copy.getValue());
        }
        return restored;
    }

    @Override
    public void close() {
        if (scratch != null) {
            WorkDirectory.deleteQuietly(scratch);
        }
    }

    /** The path to give helm-java for {@code file}: the file itself, or a safe (and masked) copy. */
    private String usable(Path file, String unsafeCharacters, String kind) throws IOException {
        String path = file.toAbsolutePath().normalize().toString();
        boolean unsafePath = path.chars().anyMatch(c -> unsafeCharacters.indexOf(c) >= 0);
        byte[] content = null;
        if (maskHooks && Files.isRegularFile(file)) {
            content = Files.readAllBytes(file);
        }
        boolean needsMask = content != null && HookMask.containsKey(content);
        if (!unsafePath && !needsMask) {
            return path;
        }
        if (content == null) {
            if (!Files.isRegularFile(file)) {
                return path; // Helm reports the missing file itself.
            }
            content = Files.readAllBytes(file);
        }
        masked |= needsMask;
        Path copy = scratch().resolve(kind + "-" + (copies.size() + 1) + suffix(file));
        Files.write(copy, needsMask ? HookMask.mask(content) : content);
        copies.put(copy.toString(), path);
        return copy.toString();
    }

    private String written(String name, String text) throws IOException {
        Path file = scratch().resolve(name);
        Files.writeString(file, maskText(text), StandardCharsets.UTF_8);
        return file.toString();
    }

    private String maskText(String text) {
        if (!maskHooks || !HookMask.containsKey(text)) {
            return text;
        }
        masked = true;
        return HookMask.mask(text);
    }

    private Path scratch() throws IOException {
        if (scratch == null) {
            scratch = work.newDirectory("render");
        }
        return scratch;
    }

    private static String suffix(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).replaceAll("[^A-Za-z0-9.]", "");
    }
}
