package dev.gitopslint.core.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a lock file, remembering the line of each entry. Every problem (bad YAML, a missing field,
 * an invalid reference, digest or platform, a duplicate entry) is an {@link ImageLockException}
 * with file and line. Keys this version does not know are ignored, so a newer writer's additions do
 * not break an older reader.
 */
public final class ImageLockReader {

    private static final int MAX_FILE_CODE_POINTS = 16 * 1024 * 1024;

    private final String fileName;

    private ImageLockReader(String fileName) {
        this.fileName = fileName;
    }

    /** Reads {@code file}; the exception's file name is {@code file} as given. */
    public static ImageLock read(Path file) throws ImageLockException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ImageLockException(file.toString(), 0, "the image lock file does not exist; create it with "
                    + "`gitops-lint images lock`");
        } catch (IOException e) {
            throw new ImageLockException(file.toString(), 0, "cannot read the image lock file: " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    /** Reads {@code file} when it exists. */
    public static Optional<ImageLock> readIfPresent(Path file) throws ImageLockException {
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** Parses lock text; {@code fileName} is used in messages only. */
    public static ImageLock parse(String text, String fileName) throws ImageLockException {
        return new ImageLockReader(fileName).parse(text);
    }

    private ImageLock parse(String text) throws ImageLockException {
        Optional<Node> root;
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(fileName).setCodePointLimit(MAX_FILE_CODE_POINTS)
                    .build();
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new ImageLockException(fileName, line, "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new ImageLockException(fileName, 0, "not valid YAML: " + e.getMessage());
        }
        if (root.isEmpty()) {
            throw new ImageLockException(fileName, 0, "the image lock file is empty");
        }
        MappingNode top = mapping(root.get(), "the image lock file");
        Map<String, Node> fields = fields(top);
        checkVersion(top, fields.get("version"));
        Node images = fields.get("images");
        if (images == null) {
            throw problem(top, "the image lock has no `images` mapping");
        }
        Map<ImageReference, LockEntry> entries = new TreeMap<>();
        Map<ImageReference, Integer> lines = new HashMap<>();
        for (NodeTuple tuple : mapping(images, "`images`").getValue()) {
            String key = scalar(tuple.getKeyNode(), "an image reference");
            ImageReference reference;
            try {
                reference = ImageReference.parse(key);
            } catch (InvalidImageReferenceException e) {
                throw problem(tuple.getKeyNode(), e.getMessage());
            }
            Integer previous = lines.get(reference);
            if (previous != null) {
                throw problem(tuple.getKeyNode(), "the image " + reference + " appears twice (first on line "
                        + previous + ")");
            }
            entries.put(reference, entry(reference, tuple.getValueNode()));
            lines.put(reference, line(tuple.getKeyNode()));
        }
        return ImageLock.withLines(entries, lines);
    }

    private void checkVersion(Node top, Node version) throws ImageLockException {
        if (version == null) {
            throw problem(top, "the image lock has no `version`");
        }
        String text = scalar(version, "`version`");
        if (!text.equals(Integer.toString(ImageLock.FORMAT_VERSION))) {
            throw problem(version, "unsupported image lock version \"" + text + "\" (this gitops-lint reads version "
                    + ImageLock.FORMAT_VERSION + "; a newer gitops-lint wrote it?)");
        }
    }

    private LockEntry entry(ImageReference reference, Node node) throws ImageLockException {
        MappingNode map = mapping(node, "the entry of " + reference);
        Map<String, Node> fields = fields(map);
        Node digestNode = required(map, fields, "digest", reference);
        Digest digest;
        try {
            digest = Digest.parse(scalar(digestNode, "`digest`"));
        } catch (IllegalArgumentException e) {
            throw problem(digestNode, e.getMessage());
        }
        String mediaType = scalar(required(map, fields, "mediaType", reference), "`mediaType`");
        Node platformsNode = required(map, fields, "platforms", reference);
        if (!(platformsNode instanceof SequenceNode sequence)) {
            throw problem(platformsNode, "`platforms` of " + reference + " must be a list");
        }
        List<Platform> platforms = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            try {
                platforms.add(Platform.parse(scalar(item, "a platform")));
            } catch (IllegalArgumentException e) {
                throw problem(item, e.getMessage());
            }
        }
        return new LockEntry(reference, digest, mediaType, platforms);
    }

    private Node required(Node map, Map<String, Node> fields, String name, ImageReference reference)
            throws ImageLockException {
        Node node = fields.get(name);
        if (node == null) {
            throw problem(map, "the entry of " + reference + " has no `" + name + "`");
        }
        return node;
    }

    private Map<String, Node> fields(MappingNode map) throws ImageLockException {
        Map<String, Node> fields = new HashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key");
            if (fields.put(key, tuple.getValueNode()) != null) {
                throw problem(tuple.getKeyNode(), "duplicate key `" + key + "`");
            }
        }
        return fields;
    }

    private MappingNode mapping(Node node, String what) throws ImageLockException {
        if (node instanceof MappingNode map) {
            return map;
        }
        throw problem(node, what + " must be a mapping");
    }

    private String scalar(Node node, String what) throws ImageLockException {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw problem(node, what + " must be a plain value");
    }

    private ImageLockException problem(Node node, String message) {
        return new ImageLockException(fileName, line(node), message);
    }

    private static int line(Node node) {
        return node.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(0);
    }
}
