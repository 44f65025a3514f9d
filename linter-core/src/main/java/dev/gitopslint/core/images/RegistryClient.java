package dev.gitopslint.core.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A read-only client for the OCI distribution API v2: manifests by tag or digest (accepting OCI
 * indexes, Docker manifest lists, OCI and Docker v2 manifests) and blobs, with anonymous, Basic and
 * Bearer-token access. Thread-safe; tokens are cached per registry and repository.
 */
public final class RegistryClient {

    /** An index whose entries lack platforms is resolved entry by entry, up to this many. */
    private static final int MAX_INDEX_ENTRIES_TO_INSPECT = 32;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RegistryOptions options;
    private final RegistryHttp http;

    public RegistryClient(RegistryOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.http = new RegistryHttp(options);
    }

    public RegistryOptions options() {
        return options;
    }

    /** The digest, media type and size of the manifest {@code image} names, without downloading it. */
    public ManifestHead headManifest(ImageReference image) throws RegistryException {
        RegistryHttp.Response response = http.exchange("HEAD", image.registry(), image.repository(),
                "/manifests/" + image.manifestReference(), MediaTypes.ACCEPTED_MANIFESTS, 0);
        expectOk(response, image, "manifest");
        String mediaType = response.header("Content-Type").map(t -> t.split(";", 2)[0].trim()).orElse("");
        Optional<String> digestHeader = response.header("Docker-Content-Digest");
        if (digestHeader.isEmpty() || mediaType.isEmpty()) {
            Manifest manifest = getManifest(image);
            return new ManifestHead(manifest.digest(), manifest.mediaType(), manifest.content().length);
        }
        Digest digest = parseDigestHeader(digestHeader.get(), image);
        if (image.digest().isPresent() && !image.digest().get().equals(digest)) {
            throw new RegistryException(RegistryException.Reason.PROTOCOL, image.registry() + " announced digest "
                    + digest + " for " + image.familiarName());
        }
        return new ManifestHead(digest, mediaType, contentLength(response));
    }

    /** The manifest {@code image} names (by digest when it has one, else by tag), with its digest verified. */
    public Manifest getManifest(ImageReference image) throws RegistryException {
        RegistryHttp.Response response = http.exchange("GET", image.registry(), image.repository(),
                "/manifests/" + image.manifestReference(), MediaTypes.ACCEPTED_MANIFESTS, options.maxManifestBytes());
        expectOk(response, image, "manifest");
        Digest digest = verifiedDigest(response, image);
        return Manifest.parse(response.body(), digest, response.header("Content-Type").orElse(null),
                "the manifest of " + image.familiarName());
    }

    /** A blob of {@code image}'s repository, verified against its digest. */
    public byte[] getBlob(ImageReference image, Digest digest) throws RegistryException {
        RegistryHttp.Response response = http.exchange("GET", image.registry(), image.repository(),
                "/blobs/" + digest, List.of(), options.maxManifestBytes());
        expectOk(response, image, "blob " + digest);
        byte[] body = response.body();
        if (!digest.recompute(body).equals(digest)) {
            throw new RegistryException(RegistryException.Reason.PROTOCOL, "blob " + digest + " of "
                    + image.familiarName() + " does not match its digest");
        }
        return body;
    }

    /**
     * The digest, media type and platforms of {@code image}: an index lists its entries' platforms
     * (attestations and {@code unknown/unknown} left out); a single manifest's platform comes from
     * its config blob.
     */
    public ResolvedImage resolve(ImageReference image) throws RegistryException {
        Manifest manifest = getManifest(image);
        List<Platform> platforms = new ArrayList<>();
        if (manifest.isIndex()) {
            int inspected = 0;
            for (Descriptor entry : manifest.entries()) {
                Optional<Platform> platform = entry.runnablePlatform();
                if (platform.isPresent()) {
                    platforms.add(platform.get());
                } else if (entry.platform().isEmpty() && !entry.attestation()
                        && MediaTypes.isSingleManifest(entry.mediaType())
                        && inspected++ < MAX_INDEX_ENTRIES_TO_INSPECT) {
                    platformOf(image, getManifest(image.withDigest(entry.digest()))).ifPresent(platforms::add);
                }
            }
        } else {
            platformOf(image, manifest).ifPresent(platforms::add);
        }
        return new ResolvedImage(manifest.digest(), manifest.mediaType(), platforms);
    }

    /** The platform in a single manifest's config blob; empty when the config says none. */
    private Optional<Platform> platformOf(ImageReference image, Manifest manifest) throws RegistryException {
        Descriptor config = manifest.config().orElseThrow(() -> new RegistryException(
                RegistryException.Reason.PROTOCOL, "the manifest of " + image.familiarName() + " has no config"));
        if (!config.mediaType().isEmpty() && !config.mediaType().equals(MediaTypes.OCI_CONFIG)
                && !config.mediaType().equals(MediaTypes.DOCKER_CONFIG)) {
            throw new RegistryException(RegistryException.Reason.PROTOCOL, image.familiarName()
                    + " is not a container image: its config is " + config.mediaType());
        }
        JsonNode json;
        try {
            json = JSON.readTree(getBlob(image, config.digest()));
        } catch (JacksonException e) {
            throw new RegistryException(RegistryException.Reason.PROTOCOL, "the config blob of "
                    + image.familiarName() + " is not JSON");
        }
        String os = json.path("os").asString("");
        String architecture = json.path("architecture").asString("");
        if (os.isEmpty() || architecture.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Platform(os, architecture, json.path("variant").asString("")));
    }

    private static long contentLength(RegistryHttp.Response response) {
        try {
            return response.header("Content-Length").map(String::trim).map(Long::parseLong).orElse(-1L);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static Digest verifiedDigest(RegistryHttp.Response response, ImageReference image)
            throws RegistryException {
        byte[] body = response.body();
        if (image.digest().isPresent()) {
            Digest expected = image.digest().get();
            if (!expected.recompute(body).equals(expected)) {
                throw new RegistryException(RegistryException.Reason.PROTOCOL, "the manifest served for "
                        + image.familiarName() + " does not match the requested digest");
            }
            return expected;
        }
        Optional<String> header = response.header("Docker-Content-Digest");
        if (header.isPresent()) {
            Digest announced = parseDigestHeader(header.get(), image);
            if (!announced.recompute(body).equals(announced)) {
                throw new RegistryException(RegistryException.Reason.PROTOCOL, "the manifest served for "
                        + image.familiarName() + " does not match its Docker-Content-Digest " + announced);
            }
            return announced;
        }
        return Digest.sha256Of(body);
    }

    private static Digest parseDigestHeader(String value, ImageReference image) throws RegistryException {
        try {
            return Digest.parse(value.trim());
        } catch (IllegalArgumentException e) {
            throw new RegistryException(RegistryException.Reason.PROTOCOL, image.registry()
                    + " sent an invalid Docker-Content-Digest for " + image.familiarName() + ": " + e.getMessage());
        }
    }

    private static void expectOk(RegistryHttp.Response response, ImageReference image, String what)
            throws RegistryException {
        int status = response.status();
        if (status == 200) {
            return;
        }
        String detail = RegistryErrors.describe(response.body()).map(d -> " (" + d + ")").orElse("");
        if (status == 404) {
            throw new RegistryException(RegistryException.Reason.NOT_FOUND, image.familiarName() + ": " + what
                    + " not found in " + image.registry() + detail);
        }
        throw new RegistryException(RegistryException.Reason.PROTOCOL, image.familiarName() + ": " + image.registry()
                + " answered HTTP " + status + " for the " + what + detail);
    }
}
