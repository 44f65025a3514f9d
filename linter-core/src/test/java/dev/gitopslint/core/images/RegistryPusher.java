package dev.gitopslint.core.images;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Pushes blobs and manifests through the distribution API (monolithic uploads), as a client would. */
public final class RegistryPusher {

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public RegistryPusher(URI base) {
        this.base = base;
    }

    public Digest pushBlob(String repository, byte[] content) throws IOException, InterruptedException {
        Digest digest = Digest.sha256Of(content);
        HttpResponse<String> start = client.send(HttpRequest.newBuilder(base.resolve("/v2/" + repository
                + "/blobs/uploads/")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        expect(start, 202, "starting a blob upload");
        URI location = base.resolve(start.headers().firstValue("Location").orElseThrow());
        String separator = location.getRawQuery() == null ? "?" : "&";
        HttpResponse<String> put = client.send(HttpRequest.newBuilder(URI.create(location + separator + "digest="
                + digest)).header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
        expect(put, 201, "finishing the upload of " + digest);
        return digest;
    }

    public Digest pushManifest(String repository, String reference, String mediaType, byte[] content)
            throws IOException, InterruptedException {
        HttpResponse<String> put = client.send(HttpRequest.newBuilder(base.resolve("/v2/" + repository
                + "/manifests/" + reference)).header("Content-Type", mediaType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
        expect(put, 201, "pushing manifest " + repository + ":" + reference);
        Digest digest = Digest.sha256Of(content);
        String announced = put.headers().firstValue("Docker-Content-Digest").orElseThrow();
        if (!announced.equals(digest.toString())) {
            throw new IOException("registry announced " + announced + " for a manifest of digest " + digest);
        }
        return digest;
    }

    private static void expect(HttpResponse<String> response, int status, String what) throws IOException {
        if (response.statusCode() != status) {
            throw new IOException(what + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }
}
