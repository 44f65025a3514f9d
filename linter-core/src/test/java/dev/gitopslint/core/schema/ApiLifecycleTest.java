package dev.gitopslint.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiLifecycleTest {

    private static final ApiLifecycle LIFECYCLE = ApiLifecycle.bundled();
    private static final KubernetesVersion V1_33 = KubernetesVersion.parse("1.33");
    private static final KubernetesVersion V1_34 = KubernetesVersion.parse("1.34");
    private static final KubernetesVersion V1_35 = KubernetesVersion.parse("1.35");

    @Test
    void longRemovedApisNameTheirReplacement() {
        ApiStatus ingress = LIFECYCLE.status("extensions/v1beta1", "Ingress", V1_35);
        assertThat(ingress.state()).isEqualTo(ApiStatus.State.REMOVED);
        assertThat(ingress.removedIn()).contains(KubernetesVersion.parse("1.22"));
        assertThat(ingress.replacementApiVersion()).contains("networking.k8s.io/v1");

        ApiStatus cronJob = LIFECYCLE.status("batch/v1beta1", "CronJob", V1_33);
        assertThat(cronJob.isRemoved()).isTrue();
        assertThat(cronJob.message()).isEqualTo("batch/v1beta1 CronJob is not served by Kubernetes 1.33 (removed in 1.25); use batch/v1");
    }

    @Test
    void podSecurityPolicyHasNoReplacement() {
        ApiStatus psp = LIFECYCLE.status("policy/v1beta1", "PodSecurityPolicy", V1_35);
        assertThat(psp.isRemoved()).isTrue();
        assertThat(psp.replacementApiVersion()).isEmpty();
        assertThat(psp.message()).isEqualTo(
                "policy/v1beta1 PodSecurityPolicy is not served by Kubernetes 1.35 (removed in 1.25); there is no direct replacement");
    }

    @Test
    void deprecationDependsOnTheTargetVersion() {
        assertThat(LIFECYCLE.status("storage.k8s.io/v1beta1", "VolumeAttributesClass", V1_33).state())
                .isEqualTo(ApiStatus.State.SERVED);
        ApiStatus deprecated = LIFECYCLE.status("storage.k8s.io/v1beta1", "VolumeAttributesClass", V1_34);
        assertThat(deprecated.state()).isEqualTo(ApiStatus.State.DEPRECATED);
        assertThat(deprecated.message()).isEqualTo(
                "storage.k8s.io/v1beta1 VolumeAttributesClass is deprecated since Kubernetes 1.34; use storage.k8s.io/v1");

        ApiStatus alpha = LIFECYCLE.status("resource.k8s.io/v1alpha3", "DeviceClass", V1_33);
        assertThat(alpha.state()).isEqualTo(ApiStatus.State.DEPRECATED);
        assertThat(alpha.message()).isEqualTo(
                "resource.k8s.io/v1alpha3 DeviceClass is deprecated since Kubernetes 1.32 and removed in 1.34; use resource.k8s.io/v1");
        assertThat(LIFECYCLE.status("resource.k8s.io/v1alpha3", "DeviceClass", V1_34).state()).isEqualTo(ApiStatus.State.REMOVED);
    }

    @Test
    void aRemovalKnownOnlyFromTheServedIndexFindsTheServedSibling() {
        ApiStatus policy = LIFECYCLE.status("admissionregistration.k8s.io/v1beta1", "ValidatingAdmissionPolicy", V1_35);
        assertThat(policy.state()).isEqualTo(ApiStatus.State.REMOVED);
        assertThat(policy.removedIn()).contains(V1_34);
        assertThat(policy.replacementApiVersion()).contains("admissionregistration.k8s.io/v1");
        assertThat(LIFECYCLE.status("admissionregistration.k8s.io/v1beta1", "ValidatingAdmissionPolicy", V1_33).state())
                .isEqualTo(ApiStatus.State.SERVED);
    }

    @Test
    void currentAndUnknownApis() {
        assertThat(LIFECYCLE.status("apps/v1", "Deployment", V1_35).state()).isEqualTo(ApiStatus.State.SERVED);
        assertThat(LIFECYCLE.status("apps/v1", "Deployment", V1_35).message()).isEmpty();
        assertThat(LIFECYCLE.status("gateway.networking.k8s.io/v1", "Gateway", V1_35).state()).isEqualTo(ApiStatus.State.UNKNOWN);
        // An API that only a later version serves is not "removed" from an earlier one.
        assertThat(LIFECYCLE.status("resource.k8s.io/v1", "DeviceClass", V1_33).state()).isEqualTo(ApiStatus.State.UNKNOWN);
    }

    @Test
    void targetsOutsideTheIndexedVersionsUseTheDeprecationTable() {
        ApiStatus future = LIFECYCLE.status("resource.k8s.io/v1beta1", "ResourceClaim", KubernetesVersion.parse("1.36"));
        assertThat(future.state()).isEqualTo(ApiStatus.State.REMOVED);
        assertThat(future.replacementApiVersion()).contains("resource.k8s.io/v1beta2");
        ApiStatus old = LIFECYCLE.status("extensions/v1beta1", "Deployment", KubernetesVersion.parse("1.12"));
        assertThat(old.state()).isEqualTo(ApiStatus.State.DEPRECATED);
        assertThat(old.removedIn()).isEqualTo(Optional.of(KubernetesVersion.parse("1.16")));
    }

    @Test
    void versionsParseLeniently() {
        assertThat(KubernetesVersion.parse("v1.31.2")).isEqualTo(new KubernetesVersion(1, 31));
        assertThat(KubernetesVersion.parse("1.35")).hasToString("1.35");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KubernetesVersion.parse("latest"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected e.g. 1.35");
    }
}
