package dev.gitopslint.rules.images;

import dev.gitopslint.core.config.RegistryConfig;
import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.manifest.Manifest;
import dev.gitopslint.core.manifest.PlainManifests;
import dev.gitopslint.core.render.RenderedApp;
import dev.gitopslint.core.rule.AppRule;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.ManifestRule;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import dev.gitopslint.core.yaml.YamlDocument;
import dev.gitopslint.core.yaml.YamlFile;
import dev.gitopslint.core.yaml.YamlMap;
import dev.gitopslint.core.yaml.YamlNode;
import dev.gitopslint.core.yaml.YamlSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

@RuleInfo(
        id = "image-pull-secret-missing",
        severity = Severity.ERROR,
        scope = Scope.MANIFEST,
        summary = "An image from a private registry is pulled by a pod that has no pull secret for it.",
        description = "Registries declared private in the config (`registries: {ghcr.io/ameideio: {private: true, "
                + "pullSecret: ghcr-pull}}`, matched by prefix of the image's full name) need credentials: the "
                + "pod's `imagePullSecrets`, or those of its ServiceAccount (`serviceAccountName`, default "
                + "`default`). Without them the kubelet gets 401/403 and the pod stays in `ImagePullBackOff`. "
                + "With `pullSecret` set, that secret must be among them; otherwise any pull secret will do. The "
                + "ServiceAccount is looked for among the objects deployed with the pod: the app's rendered "
                + "objects, or for plain manifests those in the same directory. Reported on the values line that "
                + "sets the image when it comes from values. A common cause is a values layer that empties "
                + "`imagePullSecrets` (`values-empty-override`) while an image still comes from the mirror.",
        origin = "Seed 450: the Loki rules sidecar and the MinIO provisioning Job in ImagePullBackOff on local, "
                + "where the pull secrets had been dropped but the images still came from the private mirror.",
        bad = "# .gitops-lint.yaml: registries: {ghcr.io/ameideio: {private: true, pullSecret: ghcr-pull}}\n"
                + "imagePullSecrets: []\n"
                + "sidecar:\n  image:\n    repository: ghcr.io/ameideio/mirror/k8s-sidecar\n    tag: 1.28.0",
        good = "imagePullSecrets:\n  - name: ghcr-pull\n"
                + "sidecar:\n  image:\n    repository: ghcr.io/ameideio/mirror/k8s-sidecar\n    tag: 1.28.0")
public final class ImagePullSecretMissingRule implements AppRule, ManifestRule {

    private static final String DEFAULT_SERVICE_ACCOUNT = "default";

    /** Rendered objects: the ServiceAccount is one of the app's rendered objects. */
    @Override
    public void check(RenderedApp app, RuleContext context, FindingSink sink) {
        if (context.config().registries().isEmpty()) {
            return;
        }
        for (Manifest manifest : app.manifests()) {
            check(manifest, app.manifests(), app.app().destinationNamespace(), context, sink);
        }
    }

    /** Plain manifests (rendered ones are checked per app): the ServiceAccount is a plain object of the same directory. */
    @Override
    public void check(Manifest manifest, RuleContext context, FindingSink sink) {
        if (manifest.target().isPresent() || context.config().registries().isEmpty()
                || ImageSites.of(manifest, context).isEmpty()) {
            return;
        }
        check(manifest, plainNeighbours(manifest, context), Optional.empty(), context, sink);
    }

    private static void check(Manifest manifest, List<Manifest> deployedWith, Optional<String> defaultNamespace,
            RuleContext context, FindingSink sink) {
        for (ImageSites.Site site : ImageSites.of(manifest, context)) {
            Optional<RegistryConfig> registry = context.config().registry(site.reference().name());
            if (registry.isEmpty() || !registry.get().isPrivate()) {
                continue;
            }
            Set<String> podSecrets = secretNames(site.podSpec());
            String account = site.podSpec().text("serviceAccountName")
                    .or(() -> site.podSpec().text("serviceAccount"))
                    .filter(name -> !name.isBlank()).orElse(DEFAULT_SERVICE_ACCOUNT);
            Optional<String> namespace = manifest.namespace().or(() -> defaultNamespace);
            Optional<Manifest> serviceAccount = deployedWith.stream()
                    .filter(m -> m.kind().equals("ServiceAccount") && m.apiVersion().equals("v1")
                            && m.name().equals(account)
                            && m.namespace().or(() -> defaultNamespace).equals(namespace))
                    .findFirst();
            Set<String> available = new TreeSet<>(podSecrets);
            serviceAccount.ifPresent(sa -> available.addAll(secretNames(sa.object())));
            boolean satisfied = registry.get().pullSecret().map(available::contains).orElse(!available.isEmpty());
            if (satisfied) {
                continue;
            }
            List<Related> related = new ArrayList<>(site.at().related());
            related.add(new Related(registry.get().declaredAt(), "registry " + registry.get().prefix()
                    + " declared private here"));
            sink.report(site.at().position(), "image " + site.reference().familiarName() + " comes from the private "
                    + "registry " + registry.get().prefix() + ", but " + whatIsMissing(registry.get(), podSecrets,
                            account, serviceAccount) + ": " + site.describe(manifest) + " would stay in "
                    + "ImagePullBackOff. Add " + registry.get().pullSecret().map(s -> "`imagePullSecrets: [{name: "
                            + s + "}]`").orElse("an `imagePullSecrets` entry") + " to the pod or its "
                    + "ServiceAccount, or use an image from a public registry", related);
        }
    }

    private static String whatIsMissing(RegistryConfig registry, Set<String> podSecrets, String account,
            Optional<Manifest> serviceAccount) {
        String pod = podSecrets.isEmpty() ? "the pod has no imagePullSecrets"
                : "the pod's imagePullSecrets " + podSecrets + " do not include " + registry.pullSecret().orElse("");
        String sa = serviceAccount.isPresent() ? "its ServiceAccount " + account + " adds none"
                + registry.pullSecret().map(s -> " named " + s).orElse("")
                : "its ServiceAccount " + account + " is not deployed with it";
        return pod + " and " + sa;
    }

    private static Set<String> secretNames(YamlMap holder) {
        Set<String> names = new TreeSet<>();
        for (YamlNode item : holder.seq("imagePullSecrets").map(YamlSeq::items).orElse(List.of())) {
            if (item instanceof YamlMap secret) {
                secret.text("name").filter(n -> !n.isBlank()).ifPresent(names::add);
            }
        }
        return names;
    }

    /** The plain objects of the manifest's directory, read from the workspace (already loaded). */
    private static List<Manifest> plainNeighbours(Manifest manifest, RuleContext context) {
        String origin = manifest.origin();
        String directory = origin.contains("/") ? origin.substring(0, origin.lastIndexOf('/') + 1) : "";
        List<Manifest> neighbours = new ArrayList<>();
        for (Map.Entry<String, YamlFile> file : context.workspace().yamlFiles().entrySet()) {
            String path = file.getKey();
            if (!path.startsWith(directory) || path.indexOf('/', directory.length()) >= 0) {
                continue;
            }
            for (YamlDocument document : file.getValue().documents()) {
                PlainManifests.fromDocument(document, path).ifPresent(neighbours::add);
            }
        }
        return neighbours;
    }
}
