package dev.gitopslint.rules.images;

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

/**
 * The containers of a manifest with a parseable image, each with its pod spec and the place to report
 * it: the values line that set the image when the object was rendered from values, else where the
 * manifest locator maps the {@code image} field (a values leaf, a template line, or the plain file).
 */
final class ImageSites {

    /** One container image of a manifest. */
    record Site(Containers.Container container, YamlMap podSpec, ImageReference reference, Located at) {

        String image() {
            return container.container().text("image").orElse("");
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
        List<Containers.Container> containers = manifest.containers();
        if (containers.isEmpty()) {
            return sites;
        }
        Optional<DeclaredImages> declared = manifest.target().flatMap(t -> context.apps().app(t))
                .map(DeclaredImages::of);
        for (Containers.Container container : containers) {
            Optional<ImageReference> reference = container.container().text("image")
                    .flatMap(text -> ImageReference.tryParse(text.trim()));
            Optional<YamlMap> podSpec = manifest.document().at(container.podSpecPointer())
                    .filter(YamlMap.class::isInstance).map(YamlMap.class::cast);
            if (reference.isEmpty() || podSpec.isEmpty()) {
                continue;
            }
            String pointer = container.pointer() + "/image";
            Located inManifest = manifest.locate(pointer);
            Optional<Position> inValues = declared.flatMap(d -> d.origin(reference.get()));
            Located at = inValues.isPresent() && !inValues.get().equals(inManifest.position())
                    ? new Located(inValues.get(), List.of(new Related(inManifest.position(),
                            "rendered by this template into " + manifest.describe())))
                    : inManifest;
            sites.add(new Site(container, podSpec.get(), reference.get(), at));
        }
        return sites;
    }
}
