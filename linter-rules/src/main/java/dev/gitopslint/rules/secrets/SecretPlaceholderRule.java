package dev.gitopslint.rules.secrets;

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
import dev.gitopslint.core.values.ValuesLayer;
import dev.gitopslint.core.yaml.JsonPointers;
import dev.gitopslint.core.yaml.YamlEntry;
import dev.gitopslint.core.yaml.YamlMap;
import dev.gitopslint.core.yaml.YamlNode;
import dev.gitopslint.core.yaml.YamlScalar;
import dev.gitopslint.core.yaml.YamlSeq;
import dev.gitopslint.core.yaml.YamlWalker;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

@RuleInfo(
        id = "secret-placeholder",
        severity = Severity.ERROR,
        scope = Scope.VALUES,
        summary = "A placeholder such as CHANGEME is the value of a secret (password, token, *Key...).",
        description = "A committed placeholder reaches the workload as its real secret: the application refuses "
                + "to start or authenticates with garbage. Checked in values files (keys that name secrets, and "
                + "`name`/`value` env pairs), in Secrets (`stringData`, and `data` decoded from base64), in "
                + "ConfigMaps and in container `env`. Keys that name a reference (`existingSecret`, `secretName`, "
                + "`*SecretRef`, `*KeyRef`) are not values. Deliver the secret through the secret pipeline "
                + "(ExternalSecret from Vault) and reference it, e.g. with `existingSecret`. Options: "
                + "`placeholders` and `sensitiveKeys` (regular expressions).",
        origin = "Seed 450: NiFi `sensitivePropsKey: CHANGEME` stopped startup; a placeholder ghcr token gave 403 "
                + "pulls.",
        bad = "nifi:\n  sensitivePropsKey: CHANGEME",
        good = "nifi:\n  existingSecret: nifi-sensitive-props   # materialised by an ExternalSecret")
public final class SecretPlaceholderRule implements ValuesRule, ManifestRule {

    @Override
    public void check(App app, RuleContext context, FindingSink sink) {
        Placeholders placeholders = Placeholders.of(context.settings());
        for (ValuesLayer layer : app.values().presentLayers()) {
            YamlWalker.walk(layer.content().get(), (path, entry, parent) -> {
                String secretName = secretKeyOf(entry, parent, placeholders);
                Optional<String> value = stringValue(entry.value());
                if (secretName != null && value.isPresent() && placeholders.isPlaceholder(value.get())) {
                    sink.report(entry.value().position(), message(secretName, value.get()));
                }
            });
        }
    }

    @Override
    public void check(Manifest manifest, RuleContext context, FindingSink sink) {
        Placeholders placeholders = Placeholders.of(context.settings());
        if (manifest.kind().equals("Secret")) {
            checkEntries(manifest, "stringData", false, true, placeholders, sink);
            checkEntries(manifest, "data", true, true, placeholders, sink);
        } else if (manifest.kind().equals("ConfigMap")) {
            checkEntries(manifest, "data", false, false, placeholders, sink);
        }
        for (Containers.Container container : manifest.containers()) {
            Optional<YamlSeq> env = container.container().seq("env");
            if (env.isEmpty()) {
                continue;
            }
            for (int i = 0; i < env.get().size(); i++) {
                if (!(env.get().items().get(i) instanceof YamlMap variable)) {
                    continue;
                }
                Optional<String> name = variable.text("name");
                Optional<String> value = variable.get("value").flatMap(SecretPlaceholderRule::stringValue);
                if (name.isPresent() && value.isPresent() && placeholders.isSensitiveKey(name.get())
                        && placeholders.isPlaceholder(value.get())) {
                    Located at = manifest.locateValue(value.get(), name.get(),
                            container.pointer() + "/env/" + i + "/value");
                    sink.report(at.position(), message(name.get(), value.get()) + " (container "
                            + container.name() + " of " + manifest.describe() + ")", at.related());
                }
            }
        }
    }

    private static void checkEntries(Manifest manifest, String field, boolean base64, boolean everyKeyIsSecret,
            Placeholders placeholders, FindingSink sink) {
        Optional<YamlMap> entries = manifest.object().map(field);
        if (entries.isEmpty()) {
            return;
        }
        for (YamlEntry entry : entries.get().entries()) {
            Optional<String> raw = stringValue(entry.value());
            if (raw.isEmpty() || !(everyKeyIsSecret || placeholders.isSensitiveKey(entry.name()))) {
                continue;
            }
            Optional<String> value = base64 ? decode(raw.get()) : raw;
            if (value.isPresent() && placeholders.isPlaceholder(value.get())) {
                Located at = manifest.locateValue(value.get(), entry.name(),
                        "/" + field + "/" + JsonPointers.escape(entry.name()));
                String shown = base64 ? "decodes to '" + value.get().trim() + "'" : "'" + value.get().trim() + "'";
                sink.report(at.position(), manifest.kind() + " " + manifest.name() + " " + field + "." + entry.name()
                        + " " + shown + ", a placeholder, not a secret: deliver it through an ExternalSecret "
                        + "instead of committing it", at.related());
            }
        }
    }

    /** The key that names the secret: the entry's own key, or {@code name} of a name/value pair. */
    private static String secretKeyOf(YamlEntry entry, YamlMap parent, Placeholders placeholders) {
        if (placeholders.isSensitiveKey(entry.name())) {
            return entry.name();
        }
        if (entry.name().equals("value")) {
            Optional<String> name = parent.text("name");
            if (name.isPresent() && placeholders.isSensitiveKey(name.get())) {
                return name.get();
            }
        }
        return null;
    }

    private static Optional<String> stringValue(YamlNode node) {
        return node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.STRING ? Optional.of(s.text())
                : Optional.empty();
    }

    private static Optional<String> decode(String base64) {
        try {
            return Optional.of(new String(Base64.getMimeDecoder().decode(base64.trim()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String message(String key, String value) {
        return "`" + key + "` is set to the placeholder '" + value.trim() + "': it would be used as the real "
                + "secret. Deliver it through the secret pipeline (ExternalSecret) and reference it, e.g. with "
                + "existingSecret";
    }
}
