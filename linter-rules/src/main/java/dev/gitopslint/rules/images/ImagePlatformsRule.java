package dev.gitopslint.rules.images;

import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.finding.Target;
import dev.gitopslint.core.images.ImageLock;
import dev.gitopslint.core.images.ImageLockException;
import dev.gitopslint.core.images.LockEntry;
import dev.gitopslint.core.images.Platform;
import dev.gitopslint.core.manifest.Manifest;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.ManifestRule;
import dev.gitopslint.core.rule.RepoRule;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import dev.gitopslint.core.source.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "image-platforms",
        severity = Severity.ERROR,
        scope = Scope.MANIFEST,
        summary = "An image lacks a platform (e.g. linux/arm64) that the environment it runs in needs, "
                + "according to the image lock.",
        description = "A single-architecture image scheduled on a node of another architecture does not start, "
                + "or worse starts under emulation and crashes (`exec format error`, Go stack traces through "
                + "`asm_amd64.s` on arm64). The platforms a pod needs come from the config "
                + "(`environments.<env>.platforms: [linux/arm64]`), narrowed by the pod's `kubernetes.io/arch` "
                + "node selector or required node affinity, or from that selector alone when the environment "
                + "declares none. The platforms an image provides come from the image lock "
                + "(`.gitops-lint/images.lock.yaml`, written by `gitops-lint images lock`): lint never asks a "
                + "registry. Reported on the values line that sets the image when it comes from values. Use a "
                + "multi-arch tag (an OCI index or manifest list that includes the platform), or an image built "
                + "for the platform in that environment. An image missing from the lock is reported by "
                + "`image-unverified`; a lock file that cannot be read is reported here, on its line.",
        origin = "Seed 450: alloy, langfuse and otel-collector CrashLooping on the arm64 local cluster with "
                + "`runtime/asm_amd64.s` stack traces, from amd64-only mirror tags.",
        bad = "# .gitops-lint.yaml: environments: {local: {platforms: [linux/arm64]}}\n"
                + "# images.lock.yaml: ghcr.io/ameideio/mirror/otel-collector-contrib:0.91.0 -> [linux/amd64]\n"
                + "image:\n  repository: ghcr.io/ameideio/mirror/otel-collector-contrib\n  tag: 0.91.0",
        good = "# images.lock.yaml: docker.io/otel/opentelemetry-collector-contrib:0.91.0 -> "
                + "[linux/amd64, linux/arm64]\n"
                + "image:\n  repository: docker.io/otel/opentelemetry-collector-contrib\n  tag: 0.91.0")
public final class ImagePlatformsRule implements ManifestRule, RepoRule {

    /** A lock that cannot be read switches the platform checks off: say so, where the file is wrong. */
    @Override
    public void check(RuleContext context, FindingSink sink) {
        Optional<ImageLockException> problem = context.imageLock().problem();
        if (problem.isPresent()) {
            String file = context.imageLock().file();
            Position at = problem.get().line() > 0 ? new Position(file, problem.get().line(), 1)
                    : Position.ofFile(file);
            sink.report(at, "the image lock cannot be read (" + problem.get().problem() + "), so no image's "
                    + "platforms are checked: fix it or regenerate it with `gitops-lint images lock`");
        }
    }

    @Override
    public void check(Manifest manifest, RuleContext context, FindingSink sink) {
        Optional<ImageLock> lock = context.imageLock().lock();
        if (lock.isEmpty()) {
            return;
        }
        Optional<String> environment = manifest.target().map(Target::environment);
        for (ImageSites.Site site : ImageSites.of(manifest, context)) {
            Optional<PlatformRequirement> requirement =
                    PlatformRequirement.of(site.podSpec(), environment, context.config());
            Optional<LockEntry> entry = lock.get().find(site.reference());
            if (requirement.isEmpty() || entry.isEmpty() || entry.get().platforms().isEmpty()) {
                continue;
            }
            List<Platform> missing = requirement.get().platforms().stream()
                    .filter(p -> !entry.get().supports(p)).toList();
            if (missing.isEmpty()) {
                continue;
            }
            List<Related> related = new ArrayList<>(site.at().related());
            lock.get().lineOf(entry.get().image()).ifPresent(line -> related.add(new Related(
                    new Position(context.imageLock().file(), line, 1), "the platforms the registry reported")));
            sink.report(site.at().position(), "image " + site.reference().familiarName() + " is built only for "
                    + platforms(entry.get().platforms()) + ", but " + requirement.get().because() + ": "
                    + site.describe(manifest) + " cannot run there without "
                    + platforms(missing) + ". Use a multi-arch tag that includes "
                    + platforms(missing) + ", or an image built for it", related);
        }
    }

    private static String platforms(List<Platform> platforms) {
        return String.join(", ", platforms.stream().map(Platform::toString).toList());
    }
}
