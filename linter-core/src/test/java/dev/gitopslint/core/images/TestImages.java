package dev.gitopslint.core.images;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds real images (a gzip layer, a config blob with os/architecture/variant, a manifest) and
 * indexes, and pushes them with {@link RegistryPusher}. Each push returns the manifest's digest
 * computed here, so tests compare what the client resolves against what was pushed.
 */
public final class TestImages {

    static final String OCI_LAYER = "application/vnd.oci.image.layer.v1.tar+gzip";
    static final String DOCKER_LAYER = "application/vnd.docker.image.rootfs.diff.tar.gzip";

    /** A pushed manifest or index. */
    public record Pushed(Digest digest, String mediaType, long size, Platform platform) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RegistryPusher pusher;

    public TestImages(RegistryPusher pusher) {
        this.pusher = pusher;
    }

    /** A single-platform image; tagged when {@code tag} is not null, else pushed by digest only. */
    public Pushed pushImage(String repository, String tag, String manifestMediaType, Platform platform)
            throws IOException, InterruptedException {
        boolean oci = manifestMediaType.equals(MediaTypes.OCI_MANIFEST);
        byte[] uncompressed = ("content of " + repository + " for " + platform).getBytes(StandardCharsets.UTF_8);
        byte[] layer = gzip(uncompressed);
        Digest layerDigest = pusher.pushBlob(repository, layer);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("architecture", platform.architecture());
        config.put("os", platform.os());
        if (platform.variant() != null) {
            config.put("variant", platform.variant());
        }
        config.put("config", Map.of("Cmd", List.of("/bin/app")));
        config.put("rootfs", Map.of("type", "layers", "diff_ids",
                List.of(Digest.sha256Of(uncompressed).toString())));
        byte[] configBytes = JSON.writeValueAsBytes(config);
        Digest configDigest = pusher.pushBlob(repository, configBytes);
        return pushManifest(repository, tag, manifestMediaType,
                oci ? MediaTypes.OCI_CONFIG : MediaTypes.DOCKER_CONFIG, configDigest, configBytes.length,
                oci ? OCI_LAYER : DOCKER_LAYER, layerDigest, layer.length, platform);
    }

    /**
     * A buildx-style attestation manifest for {@code subject}: it sits in the index as
     * {@code unknown/unknown} and must not count as a platform.
     */
    public Pushed pushAttestation(String repository, Pushed subject) throws IOException, InterruptedException {
        byte[] statement = ("{\"_type\":\"https://in-toto.io/Statement/v0.1\",\"subject\":\"" + subject.digest()
                + "\"}").getBytes(StandardCharsets.UTF_8);
        Digest statementDigest = pusher.pushBlob(repository, statement);
        byte[] config = JSON.writeValueAsBytes(Map.of("architecture", "unknown", "os", "unknown",
                "rootfs", Map.of("type", "layers", "diff_ids", List.of(statementDigest.toString()))));
        Digest configDigest = pusher.pushBlob(repository, config);
        return pushManifest(repository, null, MediaTypes.OCI_MANIFEST, MediaTypes.OCI_CONFIG, configDigest,
                config.length, "application/vnd.in-toto+json", statementDigest, statement.length,
                new Platform("unknown", "unknown", null));
    }

    /**
     * An index (OCI) or manifest list (Docker) of {@code entries}; with {@code withPlatforms} false the
     * entries carry no platform (allowed by OCI), so clients must read each entry's config. Attestation
     * entries (platform unknown) are annotated like buildx does.
     */
    public Pushed pushIndex(String repository, String tag, String indexMediaType, List<Pushed> entries,
            boolean withPlatforms) throws IOException, InterruptedException {
        List<Map<String, Object>> manifests = new ArrayList<>();
        Pushed previous = null;
        for (Pushed entry : entries) {
            Map<String, Object> descriptor = new LinkedHashMap<>();
            descriptor.put("mediaType", entry.mediaType());
            descriptor.put("digest", entry.digest().toString());
            descriptor.put("size", entry.size());
            if (withPlatforms) {
                Map<String, Object> platform = new LinkedHashMap<>();
                platform.put("architecture", entry.platform().architecture());
                platform.put("os", entry.platform().os());
                if (entry.platform().variant() != null) {
                    platform.put("variant", entry.platform().variant());
                }
                descriptor.put("platform", platform);
            }
            if (entry.platform().isUnknown() && previous != null) {
                descriptor.put("annotations", Map.of("vnd.docker.reference.digest", previous.digest().toString(),
                        "vnd.docker.reference.type", "attestation-manifest"));
            }
            manifests.add(descriptor);
            previous = entry;
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("schemaVersion", 2);
        index.put("mediaType", indexMediaType);
        index.put("manifests", manifests);
        byte[] content = JSON.writeValueAsBytes(index);
        Digest digest = pusher.pushManifest(repository, tag, indexMediaType, content);
        return new Pushed(digest, indexMediaType, content.length, null);
    }

    private Pushed pushManifest(String repository, String tag, String manifestMediaType, String configMediaType,
            Digest configDigest, long configSize, String layerMediaType, Digest layerDigest, long layerSize,
            Platform platform) throws IOException, InterruptedException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("schemaVersion", 2);
        manifest.put("mediaType", manifestMediaType);
        manifest.put("config", Map.of("mediaType", configMediaType, "digest", configDigest.toString(),
                "size", configSize));
        manifest.put("layers", List.of(Map.of("mediaType", layerMediaType, "digest", layerDigest.toString(),
                "size", layerSize)));
        byte[] content = JSON.writeValueAsBytes(manifest);
        Digest digest = Digest.sha256Of(content);
        pusher.pushManifest(repository, tag != null ? tag : digest.toString(), manifestMediaType, content);
        return new Pushed(digest, manifestMediaType, content.length, platform);
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
