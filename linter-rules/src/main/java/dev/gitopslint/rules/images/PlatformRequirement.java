package dev.gitopslint.rules.images;

import dev.gitopslint.core.config.LintConfig;
import dev.gitopslint.core.images.Platform;
import dev.gitopslint.core.yaml.YamlMap;
import dev.gitopslint.core.yaml.YamlNode;
import dev.gitopslint.core.yaml.YamlScalar;
import dev.gitopslint.core.yaml.YamlSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The platforms a pod's images must provide, and why: the environment's configured platforms
 * ({@code environments.<env>.platforms}), narrowed to the architectures and operating systems the pod
 * can be scheduled on; or, when the environment declares none, the architectures its
 * {@code kubernetes.io/arch} node selector or required node affinity allows (with
 * {@code kubernetes.io/os}, default {@code linux}). A pod that may land on several architectures needs
 * all of them.
 */
record PlatformRequirement(List<Platform> platforms, String because) {

    static final String ARCH_LABEL = "kubernetes.io/arch";
    static final String OS_LABEL = "kubernetes.io/os";
    private static final String BETA_ARCH_LABEL = "beta.kubernetes.io/arch";
    private static final String BETA_OS_LABEL = "beta.kubernetes.io/os";

    /** What the pod needs in {@code environment} (empty for an object no app deploys); empty when nothing is declared. */
    static Optional<PlatformRequirement> of(YamlMap podSpec, Optional<String> environment, LintConfig config) {
        List<Platform> configured = environment.map(env -> parse(config.environment(env).platforms()))
                .orElse(List.of());
        Optional<Set<String>> archs = allowed(podSpec, ARCH_LABEL, BETA_ARCH_LABEL);
        Optional<Set<String>> oses = allowed(podSpec, OS_LABEL, BETA_OS_LABEL);
        if (!configured.isEmpty()) {
            List<Platform> reachable = configured.stream()
                    .filter(p -> archs.map(a -> a.contains(p.architecture())).orElse(true))
                    .filter(p -> oses.map(o -> o.contains(p.os())).orElse(true))
                    .toList();
            if (!reachable.isEmpty()) {
                return Optional.of(new PlatformRequirement(reachable, "environment " + environment.get()
                        + " runs on " + join(configured) + " (environments." + environment.get()
                        + ".platforms in the config)"));
            }
        }
        if (archs.isEmpty()) {
            return Optional.empty();
        }
        List<Platform> needed = new ArrayList<>();
        for (String os : oses.orElse(Set.of("linux"))) {
            for (String arch : archs.get()) {
                needed.add(Platform.of(os, arch));
            }
        }
        return Optional.of(new PlatformRequirement(List.copyOf(new TreeSet<>(needed)), "the pod is scheduled on "
                + join(needed) + " nodes (its " + ARCH_LABEL + " node selector or required node affinity)"));
    }

    String describe() {
        return join(platforms);
    }

    /**
     * The label values a pod may be scheduled with: the node selector and the required node affinity
     * both apply; within the affinity the terms are alternatives, so every term must constrain the
     * label ({@code In}) for the set to be finite. Empty when the pod may land anywhere.
     */
    private static Optional<Set<String>> allowed(YamlMap podSpec, String label, String betaLabel) {
        Optional<Set<String>> fromSelector = podSpec.map("nodeSelector")
                .flatMap(s -> s.text(label).or(() -> s.text(betaLabel)))
                .map(value -> Set.of(value.trim()));
        Optional<Set<String>> fromAffinity = affinityValues(podSpec, label);
        if (fromSelector.isPresent() && fromAffinity.isPresent()) {
            Set<String> both = new TreeSet<>(fromSelector.get());
            both.retainAll(fromAffinity.get());
            return both.isEmpty() ? fromSelector : Optional.of(both);
        }
        return fromSelector.isPresent() ? fromSelector : fromAffinity;
    }

    private static Optional<Set<String>> affinityValues(YamlMap podSpec, String label) {
        Optional<YamlSeq> terms = podSpec.map("affinity").flatMap(a -> a.map("nodeAffinity"))
                .flatMap(n -> n.map("requiredDuringSchedulingIgnoredDuringExecution"))
                .flatMap(r -> r.seq("nodeSelectorTerms"));
        if (terms.isEmpty() || terms.get().isEmpty()) {
            return Optional.empty();
        }
        Set<String> union = new TreeSet<>();
        for (YamlNode term : terms.get().items()) {
            Optional<Set<String>> values = termValues(term, label);
            if (values.isEmpty()) {
                return Optional.empty();
            }
            union.addAll(values.get());
        }
        return Optional.of(union);
    }

    /** The values an {@code In} expression on {@code label} allows in one term (expressions are ANDed). */
    private static Optional<Set<String>> termValues(YamlNode term, String label) {
        if (!(term instanceof YamlMap map)) {
            return Optional.empty();
        }
        Optional<Set<String>> allowed = Optional.empty();
        for (YamlNode item : map.seq("matchExpressions").map(YamlSeq::items).orElse(List.of())) {
            if (!(item instanceof YamlMap expression) || !expression.text("key").orElse("").equals(label)
                    || !expression.text("operator").orElse("").equals("In")) {
                continue;
            }
            Set<String> values = new TreeSet<>();
            expression.seq("values").ifPresent(seq -> seq.items().forEach(v -> {
                if (v instanceof YamlScalar s && s.kind() != YamlScalar.Kind.NULL) {
                    values.add(s.text().trim());
                }
            }));
            if (allowed.isPresent()) {
                values.retainAll(allowed.get());
            }
            allowed = Optional.of(values);
        }
        return allowed;
    }

    private static List<Platform> parse(List<String> platforms) {
        List<Platform> parsed = new ArrayList<>();
        for (String text : platforms) {
            try {
                parsed.add(Platform.parse(text));
            } catch (IllegalArgumentException e) {
                // The config schema rejects malformed platforms before any rule runs.
            }
        }
        return parsed;
    }

    private static String join(List<Platform> platforms) {
        return String.join(", ", new TreeSet<>(platforms).stream().map(Platform::toString).toList());
    }
}
