package dev.gitopslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.images.ImageLock;
import dev.gitopslint.core.images.ImageLockReader;
import dev.gitopslint.core.images.ImageLockWriter;
import dev.gitopslint.core.images.ImageReference;
import dev.gitopslint.core.images.LocalRegistry;
import dev.gitopslint.core.images.LockEntry;
import dev.gitopslint.core.images.MediaTypes;
import dev.gitopslint.core.images.Platform;
import dev.gitopslint.core.images.RegistryPusher;
import dev.gitopslint.core.images.SampleImages;
import dev.gitopslint.core.images.TestImages;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code images lock} and the image rules end to end: a real distribution registry on loopback with a
 * multi-arch OCI index and a single-arch amd64 image, an Argo CD repository whose values use both,
 * the lock written from the registry, then {@code lint} reading only that lock.
 */
class ImagesLockCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path registryDir;

    private static LocalRegistry registry;
    private static SampleImages pushed;

    @TempDir
    Path repo;

    @BeforeAll
    static void startRegistry() throws Exception {
        LocalRegistry.assumeInstalled();
        registry = LocalRegistry.start(registryDir, registryDir.resolve("storage"), "");
        pushed = SampleImages.push(new RegistryPusher(registry.baseUri()));
    }

    @AfterAll
    static void stopRegistry() throws Exception {
        if (registry != null) {
            registry.close();
        }
    }

    /**
     * An Argo CD repository: one chart, deployed by two Applications, {@code local} (arm64 nodes, from
     * the config) and {@code cloud} (no platform requirement). The app container's image is a values
     * block (the multi-arch index), the sidecar's an image string (the single-arch image).
     */
    private Path argoRepository(String registryAddress, String extraValues) throws IOException {
        write(".gitops-lint.yaml", """
                environments:
                  local:
                    platforms: [linux/arm64]
                """);
        for (String env : List.of("local", "cloud")) {
            write("argocd/" + env + "-web.yaml", """
                    apiVersion: argoproj.io/v1alpha1
                    kind: Application
                    metadata:
                      name: %1$s-web
                      namespace: argocd
                      labels:
                        environment: %1$s
                    spec:
                      project: default
                      destination:
                        server: https://kubernetes.default.svc
                        namespace: web
                      source:
                        repoURL: https://git.example.com/acme/gitops.git
                        path: charts/web
                        helm:
                          valueFiles:
                            - values-%1$s.yaml
                    """.formatted(env));
            write("charts/web/values-" + env + ".yaml", "replicas: 1\n");
        }
        write("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n");
        write("charts/web/values.yaml", """
                image:
                  registry: %1$s
                  repository: team/multi
                  tag: "1.0"
                sidecar:
                  image: %1$s/team/single:1.0
                %2$s""".formatted(registryAddress, extraValues));
        write("charts/web/templates/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  selector:
                    matchLabels:
                      app: web
                  template:
                    metadata:
                      labels:
                        app: web
                    spec:
                      containers:
                        - name: web
                          image: "{{ .Values.image.registry }}/{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                        - name: sidecar
                          image: {{ .Values.sidecar.image | quote }}
                        {{- with .Values.extra }}
                        - name: extra
                          image: {{ .image | quote }}
                        {{- end }}
                """);
        return repo;
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private ImageReference image(String repository) {
        return ImageReference.parse(registry.address() + "/" + repository + ":1.0");
    }

    @Test
    void locksBothImagesFromTheRegistryDeterministically() throws Exception {
        argoRepository(registry.address(), "");
        CliRun run = CliRun.of("images", "lock", repo.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("locked 2 images in .gitops-lint/images.lock.yaml");

        Path lockFile = repo.resolve(ImageLock.DEFAULT_PATH);
        ImageLock lock = ImageLockReader.read(lockFile);
        LockEntry multi = lock.get(image("team/multi")).orElseThrow();
        assertThat(multi.digest()).isEqualTo(pushed.multi().digest());
        assertThat(multi.mediaType()).isEqualTo(MediaTypes.OCI_INDEX);
        assertThat(multi.platforms()).containsExactly(SampleImages.LINUX_AMD64, SampleImages.LINUX_ARM64_V8);
        LockEntry single = lock.get(image("team/single")).orElseThrow();
        assertThat(single.digest()).isEqualTo(pushed.single().digest());
        assertThat(single.mediaType()).isEqualTo(MediaTypes.OCI_MANIFEST);
        assertThat(single.platforms()).containsExactly(SampleImages.LINUX_AMD64);
        assertThat(lock.size()).isEqualTo(2);
        String text = Files.readString(lockFile);
        assertThat(text).contains("  \"" + registry.address() + "/team/single:1.0\":\n"
                + "    digest: \"" + pushed.single().digest() + "\"\n"
                + "    mediaType: \"application/vnd.oci.image.manifest.v1+json\"\n"
                + "    platforms:\n"
                + "      - \"linux/amd64\"\n");

        CliRun again = CliRun.of("images", "lock", repo.toString(), "--threads", "1");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.readString(lockFile)).isEqualTo(text);
        CliRun check = CliRun.of("images", "lock", repo.toString(), "--check");
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("the image lock .gitops-lint/images.lock.yaml is up to date (2 images)");
    }

    @Test
    void lintFindsTheSingleArchImageOnArm64AndAnImageMissingFromTheLock() throws Exception {
        argoRepository(registry.address(), "");
        // Before any lock, nothing is known about either image in local; cloud requires nothing.
        CliRun unlocked = CliRun.of("lint", repo.toString(), "--format", "json");
        assertThat(imageFindings(unlocked)).containsExactly(
                "image-unverified charts/web/values.yaml:4 [local-web (local)]",
                "image-unverified charts/web/values.yaml:6 [local-web (local)]");
        assertThat(unlocked.out()).contains("there is no image lock (.gitops-lint/images.lock.yaml)");

        assertThat(CliRun.of("images", "lock", repo.toString()).exitCode()).isZero();
        List<String> findings = imageFindings(CliRun.of("lint", repo.toString(), "--format", "json"));
        assertThat(findings).containsExactly("image-platforms charts/web/values.yaml:6 [local-web (local)]");

        // A new image that nobody locked yet: its platforms are unknown in local.
        write("charts/web/values.yaml", Files.readString(repo.resolve("charts/web/values.yaml"))
                + "extra:\n  image: " + registry.address() + "/team/dockersingle:1.0\n");
        findings = imageFindings(CliRun.of("lint", repo.toString(), "--format", "json"));
        assertThat(findings).containsExactly(
                "image-platforms charts/web/values.yaml:6 [local-web (local)]",
                "image-unverified charts/web/values.yaml:8 [local-web (local)]");
    }

    @Test
    void checkReportsDriftWithoutWriting() throws Exception {
        argoRepository(registry.address(), "");
        assertThat(CliRun.of("images", "lock", repo.toString()).exitCode()).isZero();
        Path lockFile = repo.resolve(ImageLock.DEFAULT_PATH);
        String before = Files.readString(lockFile);

        // The tag moves to a multi-arch build, as a republished mirror tag would.
        TestImages images = new TestImages(new RegistryPusher(registry.baseUri()));
        List<TestImages.Pushed> builds = new ArrayList<>();
        builds.add(images.pushImage("team/single", null, MediaTypes.OCI_MANIFEST, SampleImages.LINUX_AMD64));
        builds.add(images.pushImage("team/single", null, MediaTypes.OCI_MANIFEST, SampleImages.LINUX_ARM64));
        TestImages.Pushed republished = images.pushIndex("team/single", "1.0", MediaTypes.OCI_INDEX, builds, true);
        try {
            CliRun check = CliRun.of("images", "lock", repo.toString(), "--check");
            assertThat(check.exitCode()).as(check.err()).isEqualTo(1);
            assertThat(check.out()).contains("the image lock .gitops-lint/images.lock.yaml is out of date:")
                    .contains("~ " + image("team/single") + ": digest " + pushed.single().digest() + " -> "
                            + republished.digest())
                    .contains("platforms [linux/amd64] -> [linux/amd64, linux/arm64]");
            assertThat(Files.readString(lockFile)).isEqualTo(before);

            assertThat(CliRun.of("images", "lock", repo.toString()).exitCode()).isZero();
            assertThat(imageFindings(CliRun.of("lint", repo.toString(), "--format", "json"))).isEmpty();
        } finally {
            new TestImages(new RegistryPusher(registry.baseUri()))
                    .pushImage("team/single", "1.0", MediaTypes.OCI_MANIFEST, SampleImages.LINUX_AMD64);
        }
    }

    @Test
    void anUnreachableRegistryFailsNamingTheImageAndKeepsWhatItKnew() throws Exception {
        int closedPort = LocalRegistry.freePort();
        argoRepository(registry.address(), "extra:\n  image: 127.0.0.1:" + closedPort + "/team/gone:2.0\n");
        long start = System.nanoTime();
        CliRun run = CliRun.of("images", "lock", repo.toString(), "--timeout", "3");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("gitops-lint: cannot resolve 127.0.0.1:" + closedPort + "/team/gone:2.0 "
                + "(used at charts/web/values.yaml:8:10): ")
                .contains("127.0.0.1:" + closedPort)
                .doesNotContain("Exception");
        assertThat(run.out()).contains("locked 2 images").contains("1 could not be resolved");
        assertThat(ImageLockReader.read(repo.resolve(ImageLock.DEFAULT_PATH)).size()).isEqualTo(2);
        assertThat(millis).as("elapsed ms").isLessThan(30_000);
    }

    @Test
    void aRegistryThatNeverAnswersFailsWithinTheTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            // Connections are accepted by the kernel (backlog) but never answered.
            String address = "127.0.0.1:" + silent.getLocalPort();
            argoRepository(address, "");
            long start = System.nanoTime();
            CliRun run = CliRun.of("images", "lock", repo.toString(), "--timeout", "2", "--check");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("gitops-lint: cannot resolve " + address + "/team/multi:1.0")
                    .contains("gitops-lint: cannot resolve " + address + "/team/single:1.0")
                    .contains("did not answer within");
            assertThat(run.out()).contains("there is no image lock at .gitops-lint/images.lock.yaml");
            assertThat(millis).as("elapsed ms, with a 2 s timeout and the render").isLessThan(12_000);
        }
    }

    @Test
    void badOptionsAndAnUnreadableLockAreReportedCleanly() throws Exception {
        argoRepository(registry.address(), "");
        CliRun bad = CliRun.of("images", "lock", repo.toString(), "--insecure-registry", "http://x:5000");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--insecure-registry http://x:5000: expected a registry host");
        assertThat(CliRun.of("images").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("images", "lock", "--no-such-option").exitCode()).isEqualTo(2);

        write(ImageLock.DEFAULT_PATH, "version: 1\nimages:\n  \"nginx:1\":\n    digest: nope\n");
        CliRun check = CliRun.of("images", "lock", repo.toString(), "--check");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("the image lock .gitops-lint/images.lock.yaml cannot be read")
                .contains("(line 4)");
        List<String> findings = imageFindings(CliRun.of("lint", repo.toString(), "--format", "json"));
        assertThat(findings).containsExactly("image-platforms .gitops-lint/images.lock.yaml:4 []");

        CliRun relock = CliRun.of("images", "lock", repo.toString());
        assertThat(relock.exitCode()).as(relock.err()).isZero();
        assertThat(relock.err()).contains("replacing the unreadable image lock");
        assertThat(Files.readString(repo.resolve(ImageLock.DEFAULT_PATH))).isEqualTo(ImageLockWriter.write(
                ImageLockReader.read(repo.resolve(ImageLock.DEFAULT_PATH))));
    }

    /** "rule file:line [targets]" of the image-* findings of a JSON report. */
    private static List<String> imageFindings(CliRun run) {
        assertThat(run.err()).doesNotContain("Exception");
        JsonNode root = JSON.readTree(run.out());
        List<String> found = new ArrayList<>();
        for (JsonNode finding : root.get("findings")) {
            String rule = finding.get("ruleId").asString();
            if (rule.startsWith("image-")) {
                List<String> targets = new ArrayList<>();
                finding.path("targets").forEach(t -> targets.add(t.path("app").asString() + " ("
                        + t.path("environment").asString() + ")"));
                found.add(rule + " " + finding.get("file").asString() + ":" + finding.get("line").asInt() + " "
                        + targets);
            }
        }
        return found;
    }
}
