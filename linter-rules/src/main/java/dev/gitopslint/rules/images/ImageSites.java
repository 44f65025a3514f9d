package dev.gitopslint.rules.images;

import dev.gitopslint.core.concurrent.Memo;
import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.images.ImageReference;
import dev.gitopslint.core.manifest.Containers;
import dev.gitopslint.core.manifest.Located;
import dev.gitopslint.core.manifest.Manifest;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.yaml.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The containers of a manifest with a parseable image, each with its pod spec and the place to report
 * it: the values line that set the image when the object was rendered from values, else where the
 * manifest locator maps the {@code image} field (a values leaf, a template line, or the plain file).
 * The place is found only when asked for: most images are never reported, and locating one searches
 * the app's values and templates.
 */
final class ImageSites {

    /** One container image of a manifest; {@code location} is found on first use. */
    record Site(Containers.Container container, YamlMap podSpec, ImageReference reference,
            Supplier<Located> location) {

        /** Where to report this image. */
        Located at() {
            return location.get();
        }

        /** "container api of Deployment ns/name". */
        String describe(Manifest manifest) {
            return "container " + container.name() + " of " + manifest.describe();
        }
    }

    private ImageSites() {
    }

    static List<Site> of(Manifest manifest, RuleContext context) {
        List<Site> sites = new ArrayList<>();
        for (Containers.Container container : manifest.containers()) {
            Optional<ImageReference> reference = container.container().text("image")
                    .flatMap(text -> ImageReference.tryParse(text.trim()));
            Optional<YamlMap> podSpec = manifest.document().at(container.podSpecPointer())
                    .filter(YamlMap.class::isInstance).map(YamlMap.class::cast);
            if (reference.isEmpty() || podSpec.isEmpty()) {
                continue;
            }
            ImageReference image = reference.get();
            sites.add(new Site(container, podSpec.get(), image,
                    Memo.of(() -> locate(manifest, container, image, context))));
        }
        return sites;
    }

    private static Located locate(Manifest manifest, Containers.Container container, ImageReference image,
            RuleContext context) {
        Located inManifest = manifest.locate(container.pointer() + "/image");
        Optional<Position> inValues = manifest.target().flatMap(t -> context.apps().app(t))
                .map(DeclaredImages::of).flatMap(d -> d.origin(image));
        return inValues.isPresent() && !inValues.get().equals(inManifest.position())
                ? new Located(inValues.get(), List.of(new Related(inManifest.position(),
                        "rendered by this template into " + manifest.describe())))
                : inManifest;
    }
}
