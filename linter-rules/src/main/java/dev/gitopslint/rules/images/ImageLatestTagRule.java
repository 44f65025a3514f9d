package dev.gitopslint.rules.images;

import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.manifest.Containers;
import dev.gitopslint.core.manifest.Located;
import dev.gitopslint.core.manifest.Manifest;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.ManifestRule;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import dev.gitopslint.core.rule.ValuesRule;
import dev.gitopslint.core.workspace.Chart;
import dev.gitopslint.core.yaml.YamlEntry;
import dev.gitopslint.core.yaml.YamlMap;
import dev.gitopslint.core.yaml.YamlScalar;
import dev.gitopslint.core.yaml.YamlWalker;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "image-latest-tag",
        severity = Severity.ERROR,
        scope = Scope.MANIFEST,
        summary = "A container image uses :latest or no tag, without a digest.",
        description = "A floating `latest` tag makes every rollout pull whatever was pushed last: renders are not "
                + "reproducible, rollbacks do not roll back, and single-arch `latest` mirror tags break arm64 "
                + "clusters. Checked in every container list of every pod template (containers, initContainers, "
                + "ephemeralContainers, any kind) and in values: `image: repo:tag` strings and "
                + "`{registry, repository, tag}` blocks, reported on the values line that sets them. Pin a version "
                + "tag, or better a digest (`repo@sha256:...`).",
        origin = "Seed 450: `bitnami-os-shell:latest` on the private mirror was single-arch and unpullable.",
        bad = "image:\n  repository: ghcr.io/ameideio/mirror/bitnami-os-shell\n  tag: latest",
        good = "image:\n  repository: ghcr.io/ameideio/mirror/bitnami-os-shell\n  tag: 12-debian-12-r40")
public final class ImageLatestTagRule implements ValuesRule, ManifestRule {

    @Override
    public void check(App app, RuleContext context, FindingSink sink) {
        YamlWalker.walk(app.values().merged().root(), (path, entry, parent) -> {
            if (!entry.name().equals("image")) {
                return;
            }
            if (entry.value() instanceof YamlScalar scalar && scalar.isString()) {
                ImageTags.latestProblem(scalar.text()).ifPresent(problem -> sink.report(scalar.position(),
                        "image '" + scalar.text() + "' " + problem + ": pin a version tag or a digest"));
            } else if (entry.value() instanceof YamlMap block) {
                checkBlock(block, app, context, sink);
            }
        });
    }

    /**
     * {@code {registry?, repository, tag?, digest?}}. A block without a tag usually means the chart's
     * appVersion: it is only reported when the chart is known and its templates never read
     * {@code .Chart.AppVersion}, so no tag can come from there.
     */
    private static void checkBlock(YamlMap block, App app, RuleContext context, FindingSink sink) {
        Optional<String> repository = block.text("repository");
        if (repository.isEmpty() || block.text("digest").filter(d -> !d.isBlank()).isPresent()
                || repository.get().contains("@")) {
            return;
        }
        Optional<YamlEntry> tag = block.entry("tag").filter(t -> t.value() instanceof YamlScalar s && !s.isNull());
        if (tag.isPresent() && ((YamlScalar) tag.get().value()).text().equals("latest")) {
            sink.report(tag.get().value().position(), "image " + repository.get()
                    + " uses the :latest tag: pin a version tag or set image.digest");
        } else if (tag.isEmpty() && repository.get().endsWith(":latest")) {
            sink.report(block.entry("repository").get().value().position(), "image " + repository.get()
                    + " uses the :latest tag: pin a version tag or set image.digest");
        } else if (tag.isEmpty() && app.chart().isPresent() && !readsAppVersion(app.chart().get(), context)) {
            sink.report(block.entry("repository").get().value().position(), "image " + repository.get()
                    + " has no tag, and chart " + app.chart().get().name() + " has no appVersion fallback, so it "
                    + "means :latest: set image.tag to a version or image.digest");
        }
    }

    /** Every way charts commonly compose a values image block into an image string. */
    private static Set<String> valuesImageBlocks(App app) {
        Set<String> composed = new HashSet<>();
        YamlWalker.walk(app.values().merged().root(), (path, entry, parent) -> {
            if (!(entry.value() instanceof YamlMap block) || block.text("repository").isEmpty()) {
                return;
            }
            String repository = block.text("repository").get();
            Optional<String> registry = block.text("registry").filter(r -> !r.isBlank());
            Optional<String> tag = block.text("tag").filter(t -> !t.isBlank());
            for (String name : registry.isPresent()
                    ? List.of(repository, registry.get() + "/" + repository) : List.of(repository)) {
                composed.add(name);
                tag.ifPresent(t -> composed.add(name + ":" + t));
            }
        });
        return composed;
    }

    private static boolean readsAppVersion(Chart chart, RuleContext context) {
        return chart.templates().stream()
                .map(t -> context.workspace().text(t).orElse(""))
                .anyMatch(text -> text.contains("AppVersion"));
    }

    @Override
    public void check(Manifest manifest, RuleContext context, FindingSink sink) {
        Set<String> composedFromValues = null; // found only for an image with a problem: most have none
        for (Containers.Container container : manifest.containers()) {
            Optional<String> image = container.container().text("image");
            Optional<String> problem = image.flatMap(ImageTags::latestProblem);
            if (problem.isEmpty()) {
                continue;
            }
            if (composedFromValues == null) {
                composedFromValues = manifest.target().flatMap(t -> context.apps().app(t))
                        .map(ImageLatestTagRule::valuesImageBlocks).orElse(Set.of());
            }
            // An image a chart composes from a values block is judged (and located) on that block.
            if (!composedFromValues.contains(image.get())) {
                Located at = manifest.locate(container.pointer() + "/image");
                sink.report(at.position(), "container " + container.name() + " of " + manifest.describe()
                        + ": image '" + image.get() + "' " + problem.get() + "; pin a version tag or a digest",
                        at.related());
            }
        }
    }
}
