package dev.gitopslint.cli;

import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.engine.Analysis;
import dev.gitopslint.core.images.ImageReference;
import dev.gitopslint.core.images.ValuesImage;
import dev.gitopslint.core.manifest.Containers;
import dev.gitopslint.core.manifest.Manifest;
import dev.gitopslint.core.render.RenderedApp;
import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.values.MergedValues;
import dev.gitopslint.core.yaml.YamlNode;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every image a repository uses, each with where it is used: the containers of every rendered and
 * plain object (located where a user changes them: the values line, else the template), and the
 * image declarations of every app's merged values. Values blocks whose tag the chart supplies, and
 * text that is no valid reference (templated, partial), are left out: they cannot be resolved as
 * written; the rendered image they produce is collected instead.
 */
final class ImageInventory {

    private final SortedMap<ImageReference, SortedSet<Position>> uses;
    private final SortedMap<ImageReference, SortedSet<Position>> valuesUses;

    private ImageInventory(SortedMap<ImageReference, SortedSet<Position>> uses,
            SortedMap<ImageReference, SortedSet<Position>> valuesUses) {
        this.uses = uses;
        this.valuesUses = valuesUses;
    }

    static ImageInventory of(Analysis analysis) {
        SortedMap<ImageReference, SortedSet<Position>> uses = new TreeMap<>();
        SortedMap<ImageReference, SortedSet<Position>> valuesUses = new TreeMap<>();
        analysis.plainManifests().forEach(m -> addContainers(m, uses));
        for (RenderedApp rendered : analysis.renderedApps()) {
            rendered.manifests().forEach(m -> addContainers(m, uses));
        }
        for (App app : analysis.apps().apps()) {
            addValues(app, valuesUses);
        }
        valuesUses.forEach((image, at) -> uses.computeIfAbsent(image, i -> new TreeSet<>()).addAll(at));
        return new ImageInventory(uses, valuesUses);
    }

    SortedMap<ImageReference, SortedSet<Position>> uses() {
        return Collections.unmodifiableSortedMap(uses);
    }

    /** Where to say an image is used, for messages: the first values line that sets it, else the first use. */
    Optional<Position> firstUse(ImageReference image) {
        SortedSet<Position> at = valuesUses.getOrDefault(image, uses.get(image));
        return at == null || at.isEmpty() ? Optional.empty() : Optional.of(at.first());
    }

    private static void addContainers(Manifest manifest, SortedMap<ImageReference, SortedSet<Position>> uses) {
        for (Containers.Container container : manifest.containers()) {
            Optional<ImageReference> reference = container.container().text("image")
                    .flatMap(text -> ImageReference.tryParse(text.trim()));
            reference.ifPresent(r -> add(uses, r, manifest.locate(container.pointer() + "/image").position()));
        }
    }

    private static void addValues(App app, SortedMap<ImageReference, SortedSet<Position>> uses) {
        MergedValues merged = app.values().merged();
        for (ValuesImage image : app.values().images()) {
            if (image.tagLeftToChart() || image.isTemplated()) {
                continue;
            }
            Optional<ImageReference> reference = image.tryReference();
            Optional<Position> at = merged.at(image.blamePointer()).map(YamlNode::position);
            if (reference.isPresent() && at.isPresent()) {
                add(uses, reference.get(), at.get());
            }
        }
    }

    private static void add(SortedMap<ImageReference, SortedSet<Position>> uses, ImageReference image,
            Position at) {
        uses.computeIfAbsent(image, i -> new TreeSet<>()).add(at);
    }
}
