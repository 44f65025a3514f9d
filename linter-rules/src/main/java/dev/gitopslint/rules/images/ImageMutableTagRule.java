package dev.gitopslint.rules.images;

import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.images.ImageReference;
import dev.gitopslint.core.images.TagPolicy;
import dev.gitopslint.core.manifest.Containers;
import dev.gitopslint.core.manifest.Located;
import dev.gitopslint.core.manifest.Manifest;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.ManifestRule;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import dev.gitopslint.core.rule.ValuesRule;
import java.util.Optional;

@RuleInfo(
        id = "image-mutable-tag",
        severity = Severity.WARNING,
        scope = Scope.MANIFEST,
        summary = "A container image uses a floating channel tag (main, dev, nightly...) without a digest.",
        description = "Channel tags such as `main`, `master`, `dev`, `develop`, `edge`, `nightly` and `stable` are "
                + "moved to new content by every build: two nodes can run different code under one tag, a "
                + "restart silently upgrades, a rollback does not roll back, and a tag that CI stops pushing "
                + "breaks every new pull. Checked in values (`image: repo:tag` strings and "
                + "`{registry, repository, tag}` blocks, reported on the line that sets the tag) and in every "
                + "container of every rendered or plain pod template. Pin a release tag, or a digest "
                + "(`image.digest`, `repo:tag@sha256:...`); a digest makes any tag acceptable. Option `tags`: "
                + "the channel tags to report (compared case-insensitively).",
        origin = "Seed 450: `restart pods to pick up :dev`, and `www-ameide-platform` in ImagePullBackOff because "
                + "CI had stopped pushing its `main` tag.",
        bad = "image:\n  repository: ghcr.io/ameideio/www-ameide-platform\n  tag: main",
        good = "image:\n  repository: ghcr.io/ameideio/www-ameide-platform\n  tag: \"2025.12.3\"")
public final class ImageMutableTagRule implements ValuesRule, ManifestRule {

    @Override
    public void check(App app, RuleContext context, FindingSink sink) {
        TagPolicy policy = policy(context);
        for (DeclaredImages.Declared declared : DeclaredImages.of(app).all()) {
            Optional<ImageReference> reference = declared.reference();
            if (reference.isPresent() && policy.isFloatingTag(reference.get())) {
                sink.report(declared.position(), message(reference.get()));
            }
        }
    }

    @Override
    public void check(Manifest manifest, RuleContext context, FindingSink sink) {
        TagPolicy policy = policy(context);
        Optional<DeclaredImages> declared = null; // looked up only for a floating tag: most images have none
        for (Containers.Container container : manifest.containers()) {
            Optional<ImageReference> reference = container.container().text("image")
                    .flatMap(text -> ImageReference.tryParse(text.trim()));
            if (reference.isEmpty() || !policy.isFloatingTag(reference.get())) {
                continue;
            }
            if (declared == null) {
                declared = manifest.target().flatMap(t -> context.apps().app(t)).map(DeclaredImages::of);
            }
            // An image the chart composed from a values declaration is reported there, by the values check.
            if (declared.map(d -> d.declares(reference.get())).orElse(false)) {
                continue;
            }
            Located at = manifest.locate(container.pointer() + "/image");
            sink.report(at.position(), "container " + container.name() + " of " + manifest.describe() + ": "
                    + message(reference.get()), at.related());
        }
    }

    private static TagPolicy policy(RuleContext context) {
        return TagPolicy.withFloatingTags(context.settings().stringList("tags", TagPolicy.DEFAULT_FLOATING_TAGS));
    }

    private static String message(ImageReference reference) {
        String tag = reference.tag().orElse("");
        return "image " + reference.familiarName() + " uses the channel tag :" + tag + ", which every build moves "
                + "to new content: pods started at different times run different code and a rollback does not "
                + "roll back. Pin a release tag or a digest";
    }
}
