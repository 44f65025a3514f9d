package dev.gitopslint.rules.images;

import dev.gitopslint.core.apps.App;
import dev.gitopslint.core.images.ImageReference;
import dev.gitopslint.core.images.ValuesImage;
import dev.gitopslint.core.images.ValuesImages;
import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.values.MergedValues;
import dev.gitopslint.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The images an app's merged values declare ({@code image: repo:tag} strings and
 * {@code {registry, repository, tag, digest}} blocks, as {@link ValuesImages} finds them), each with
 * the values line a user edits: the tag when the block has one, else the repository, else the string.
 * Positions come from the merged values, so they name the layer that won.
 */
final class DeclaredImages {

    /** One declaration; {@code reference} is empty for text that is no valid reference (templated, partial). */
    record Declared(ValuesImage image, Optional<ImageReference> reference, Position position) {
    }

    private final List<Declared> declared;

    private DeclaredImages(List<Declared> declared) {
        this.declared = declared;
    }

    static DeclaredImages of(App app) {
        MergedValues merged = app.values().merged();
        List<Declared> found = new ArrayList<>();
        for (ValuesImage image : app.values().images()) {
            Optional<Position> position = merged.at(image.blamePointer()).map(YamlNode::position);
            if (position.isEmpty() || image.isTemplated()) {
                continue;
            }
            Optional<ImageReference> reference = image.tagLeftToChart() ? Optional.empty() : image.tryReference();
            found.add(new Declared(image, reference, position.get()));
        }
        return new DeclaredImages(found);
    }

    List<Declared> all() {
        return declared;
    }

    /**
     * The values line that sets a rendered image: the one declaration that resolves to the same
     * reference, or else the one block with the same repository whose tag the chart supplies
     * (typically its appVersion). Empty when none or several distinct lines match: a guess must never
     * send the user to the wrong file.
     */
    Optional<Position> origin(ImageReference rendered) {
        Set<Position> exact = new LinkedHashSet<>();
        Set<Position> byName = new LinkedHashSet<>();
        for (Declared d : declared) {
            if (d.reference().filter(rendered::equals).isPresent()) {
                exact.add(d.position());
            } else if (d.image().tagLeftToChart() && sameName(d.image(), rendered)) {
                byName.add(d.position());
            }
        }
        if (!exact.isEmpty()) {
            return exact.size() == 1 ? exact.stream().findFirst() : Optional.empty();
        }
        return byName.size() == 1 ? byName.stream().findFirst() : Optional.empty();
    }

    /** Whether a rendered image string is one of these declarations composed by the chart. */
    boolean declares(ImageReference rendered) {
        return declared.stream().anyMatch(d -> d.reference().filter(rendered::equals).isPresent());
    }

    private static boolean sameName(ValuesImage image, ImageReference rendered) {
        return ImageReference.tryParse(image.text()).map(r -> r.name().equals(rendered.name())).orElse(false);
    }
}
