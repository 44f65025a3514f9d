package dev.gitopslint.core.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A manifest as the registry served it: its digest (of the exact bytes), media type, and either the
 * index entries (index / manifest list) or the config descriptor (single manifest).
 */
public final class Manifest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Digest digest;
    private final String mediaType;
    private final List<Descriptor> entries;
    private final Descriptor config;
    private final byte[] content;

    private Manifest(Digest digest, String mediaType, List<Descriptor> entries, Descriptor config, byte[] content) {
        this.digest = digest;
        this.mediaType = mediaType;
        this.entries = List.copyOf(entries);
        this.config = config;
        this.content = content.clone();
    }

    /**
     * Parses manifest bytes. The media type is the document's {@code mediaType} field, else the
     * response's content type, else inferred from the shape ({@code manifests} vs {@code config}),
     * since OCI makes the field optional.
     *
     * @throws RegistryException ({@link RegistryException.Reason#PROTOCOL}) for content that is not a
     *                           usable manifest; {@code source} names it in the message
     */
    static Manifest parse(byte[] content, Digest digest, String contentType, String source) throws RegistryException {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JacksonException e) {
            throw protocol(source + " is not JSON");
        }
        if (!root.isObject()) {
            throw protocol(source + " is not a JSON object");
        }
        if (root.path("schemaVersion").asInt(0) == 1) {
            throw protocol(source + " is a deprecated schema 1 manifest; push the image again with a current client");
        }
        String mediaType = mediaType(root, contentType);
        if (MediaTypes.isIndex(mediaType)) {
            List<Descriptor> entries = new ArrayList<>();
            for (JsonNode entry : root.path("manifests")) {
                entries.add(descriptor(entry, source + " (an index entry)"));
            }
            return new Manifest(digest, mediaType, entries, null, content);
        }
        if (MediaTypes.isSingleManifest(mediaType)) {
            JsonNode config = root.path("config");
            if (!config.isObject()) {
                throw protocol(source + " has no config descriptor");
            }
            return new Manifest(digest, mediaType, List.of(), descriptor(config, source + " (its config)"), content);
        }
        throw protocol(source + " has media type \"" + mediaType + "\", which is not an image index or manifest");
    }

    private static String mediaType(JsonNode root, String contentType) {
        String declared = root.path("mediaType").asString("");
        if (!declared.isEmpty()) {
            return declared;
        }
        String header = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (MediaTypes.isIndex(header) || MediaTypes.isSingleManifest(header)) {
            return header;
        }
        if (root.has("manifests")) {
            return MediaTypes.OCI_INDEX;
        }
        if (root.has("config")) {
            return MediaTypes.OCI_MANIFEST;
        }
        return header.isEmpty() ? "(none)" : header;
    }

    private static Descriptor descriptor(JsonNode node, String source) throws RegistryException {
        String digestText = node.path("digest").asString("");
        Digest entryDigest;
        try {
            entryDigest = Digest.parse(digestText);
        } catch (IllegalArgumentException e) {
            throw protocol(source + ": " + e.getMessage());
        }
        Optional<Platform> platform = Optional.empty();
        JsonNode p = node.path("platform");
        if (p.isObject()) {
            String os = p.path("os").asString("");
            String architecture = p.path("architecture").asString("");
            if (!os.isEmpty() && !architecture.isEmpty()) {
                platform = Optional.of(new Platform(os, architecture, p.path("variant").asString("")));
            }
        }
        boolean attestation = node.path("annotations").has("vnd.docker.reference.type");
        return new Descriptor(node.path("mediaType").asString(""), entryDigest, node.path("size").asLong(-1),
                platform, attestation);
    }

    private static RegistryException protocol(String message) {
        return new RegistryException(RegistryException.Reason.PROTOCOL, message);
    }

    public Digest digest() {
        return digest;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean isIndex() {
        return MediaTypes.isIndex(mediaType);
    }

    /** The index entries; empty for a single manifest. */
    public List<Descriptor> entries() {
        return entries;
    }

    /** The config descriptor of a single manifest. */
    public Optional<Descriptor> config() {
        return Optional.ofNullable(config);
    }

    /** The exact bytes served. */
    public byte[] content() {
        return content.clone();
    }
}
