package dev.gitopslint.rules.images;

import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.finding.Target;
import dev.gitopslint.core.images.LoadedImageLock;
import dev.gitopslint.core.images.LockEntry;
import dev.gitopslint.core.manifest.Manifest;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.ManifestRule;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import java.util.Optional;

@RuleInfo(
        id = "image-unverified",
        severity = Severity.WARNING,
        scope = Scope.MANIFEST,
        summary = "An image runs where specific platforms are needed, but the image lock does not say which "
                + "platforms it has.",
        description = "`image-platforms` can only vouch for images in the image lock "
                + "(`.gitops-lint/images.lock.yaml`). An image that is not there, or whose entry records no "
                + "platform, is used unchecked in an environment that needs specific platforms (declared with "
                + "`environments.<env>.platforms`, or by the pod's `kubernetes.io/arch` node selector or required "
                + "node affinity). Run `gitops-lint images lock` to resolve it from its registry and commit the "
                + "updated lock; `gitops-lint images lock --check` in CI keeps the lock current. Nothing is "
                + "reported where no platform is required.",
        origin = "Seed 450: the single-arch mirror tags that CrashLooped on arm64 were never checked before "
                + "they shipped.",
        bad = "# .gitops-lint.yaml: environments: {local: {platforms: [linux/arm64]}}\n"
                + "# ghcr.io/ameideio/mirror/alloy:v1.11.3 is not in .gitops-lint/images.lock.yaml\n"
                + "image:\n  repository: ghcr.io/ameideio/mirror/alloy\n  tag: v1.11.3",
        good = "# after `gitops-lint images lock`, the lock has an entry for it\n"
                + "image:\n  repository: ghcr.io/ameideio/mirror/alloy\n  tag: v1.11.3")
public final class ImageUnverifiedRule implements ManifestRule {

    @Override
    public void check(Manifest manifest, RuleContext context, FindingSink sink) {
        LoadedImageLock lock = context.imageLock();
        if (lock.problem().isPresent()) {
            return; // image-platforms reports the unreadable lock once, on its line
        }
        Optional<String> environment = manifest.target().map(Target::environment);
        for (ImageSites.Site site : ImageSites.of(manifest, context)) {
            Optional<PlatformRequirement> requirement =
                    PlatformRequirement.of(site.podSpec(), environment, context.config());
            if (requirement.isEmpty()) {
                continue;
            }
            Optional<LockEntry> entry = lock.lock().flatMap(l -> l.find(site.reference()));
            String why;
            if (lock.lock().isEmpty()) {
                why = "there is no image lock (" + lock.file() + ")";
            } else if (entry.isEmpty()) {
                why = "it is not in the image lock (" + lock.file() + ")";
            } else if (entry.get().platforms().isEmpty()) {
                why = "its entry in the image lock records no platform";
            } else {
                continue;
            }
            sink.report(site.at().position(), "image " + site.reference().familiarName() + " is used by "
                    + site.describe(manifest) + " where " + requirement.get().because() + ", but " + why
                    + ", so whether it runs on " + requirement.get().describe() + " is unknown. Run `gitops-lint "
                    + "images lock` and commit the lock", site.at().related());
        }
    }
}
