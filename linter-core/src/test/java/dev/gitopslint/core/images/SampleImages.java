package dev.gitopslint.core.images;

import java.io.IOException;
import java.util.List;

/**
 * The images the registry tests push, modelled on the outage they guard against: a multi-arch
 * index (amd64 + arm64, with a buildx attestation), a single-arch amd64 image like the mirror tags
 * that CrashLooped on arm64, a Docker manifest list, a Docker v2 single manifest, and an index whose
 * entries carry no platform.
 */
public record SampleImages(TestImages.Pushed multi, TestImages.Pushed multiAmd64, TestImages.Pushed multiArm64,
        TestImages.Pushed single, TestImages.Pushed dockerList, TestImages.Pushed dockerSingle,
        TestImages.Pushed noPlatforms) {

    public static final Platform LINUX_AMD64 = Platform.parse("linux/amd64");
    public static final Platform LINUX_ARM64_V8 = Platform.parse("linux/arm64/v8");
    public static final Platform LINUX_ARM_V7 = Platform.parse("linux/arm/v7");
    public static final Platform LINUX_ARM64 = Platform.parse("linux/arm64");

    public static SampleImages push(RegistryPusher pusher) throws IOException, InterruptedException {
        TestImages images = new TestImages(pusher);
        TestImages.Pushed amd64 = images.pushImage("team/multi", null, MediaTypes.OCI_MANIFEST, LINUX_AMD64);
        TestImages.Pushed arm64 = images.pushImage("team/multi", null, MediaTypes.OCI_MANIFEST, LINUX_ARM64_V8);
        TestImages.Pushed attestation = images.pushAttestation("team/multi", arm64);
        TestImages.Pushed multi = images.pushIndex("team/multi", "1.0", MediaTypes.OCI_INDEX,
                List.of(amd64, arm64, attestation), true);

        TestImages.Pushed single = images.pushImage("team/single", "1.0", MediaTypes.OCI_MANIFEST, LINUX_AMD64);

        TestImages.Pushed dockerAmd64 = images.pushImage("team/dockerlist", null, MediaTypes.DOCKER_MANIFEST,
                LINUX_AMD64);
        TestImages.Pushed dockerArm = images.pushImage("team/dockerlist", null, MediaTypes.DOCKER_MANIFEST,
                LINUX_ARM_V7);
        TestImages.Pushed dockerList = images.pushIndex("team/dockerlist", "1.0", MediaTypes.DOCKER_MANIFEST_LIST,
                List.of(dockerAmd64, dockerArm), true);

        TestImages.Pushed dockerSingle = images.pushImage("team/dockersingle", "1.0", MediaTypes.DOCKER_MANIFEST,
                LINUX_ARM64);

        TestImages.Pushed bareAmd64 = images.pushImage("team/noplatform", null, MediaTypes.OCI_MANIFEST,
                LINUX_AMD64);
        TestImages.Pushed bareArm64 = images.pushImage("team/noplatform", null, MediaTypes.OCI_MANIFEST,
                LINUX_ARM64);
        TestImages.Pushed noPlatforms = images.pushIndex("team/noplatform", "1.0", MediaTypes.OCI_INDEX,
                List.of(bareAmd64, bareArm64), false);
        return new SampleImages(multi, amd64, arm64, single, dockerList, dockerSingle, noPlatforms);
    }
}
