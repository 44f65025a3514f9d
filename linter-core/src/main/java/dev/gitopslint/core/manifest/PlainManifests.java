package dev.gitopslint.core.manifest;

import dev.gitopslint.core.workspace.FileKind;
import dev.gitopslint.core.workspace.Workspace;
import dev.gitopslint.core.yaml.YamlDocument;
import dev.gitopslint.core.yaml.YamlFile;
import dev.gitopslint.core.yaml.YamlMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The Kubernetes objects written as plain YAML in the repository (outside charts' templates). */
public final class PlainManifests {

    private static final Set<FileKind> KINDS = EnumSet.of(FileKind.MANIFEST, FileKind.CRD, FileKind.ARGOCD,
            FileKind.CHART_CRD);

    private PlainManifests() {
    }

    public static List<Manifest> of(Workspace workspace) {
        List<Manifest> manifests = new ArrayList<>();
        for (YamlFile file : workspace.yamlFiles().values()) {
            if (!workspace.kindOf(file.path()).map(KINDS::contains).orElse(false)) {
                continue;
            }
            for (YamlDocument document : file.documents()) {
                fromDocument(document, file.path()).ifPresent(manifests::add);
            }
        }
        return manifests;
    }

    /** Documents lacking apiVersion or kind are not objects; schema validation reports them. */
    public static Optional<Manifest> fromDocument(YamlDocument document, String origin) {
        Optional<YamlMap> root = document.rootMap();
        if (root.isEmpty()) {
            return Optional.empty();
        }
        YamlMap object = root.get();
        Optional<String> apiVersion = object.text("apiVersion");
        Optional<String> kind = object.text("kind");
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        Optional<YamlMap> metadata = object.map("metadata");
        String name = metadata.flatMap(m -> m.text("name")).or(() -> metadata.flatMap(m -> m.text("generateName")))
                .orElse("");
        Optional<String> namespace = metadata.flatMap(m -> m.text("namespace"));
        return Optional.of(new Manifest(apiVersion.get(), kind.get(), name, namespace, document, object, origin,
                Optional.empty(), pointer -> Located.at(document.positionOf(pointer))));
    }
}
