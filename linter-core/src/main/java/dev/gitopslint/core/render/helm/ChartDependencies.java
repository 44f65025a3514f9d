package dev.gitopslint.core.render.helm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which declared chart dependencies an offline render cannot use as declared. Helm renders the
 * subcharts it finds under {@code charts/} (directories and {@code .tgz} archives, matched by the name
 * in their Chart.yaml) and fails when a declared name is absent. It then pairs each declaration with a
 * subchart of that name whose version satisfies the declared constraint; version constraints are
 * checked with Helm's own semver library (Sprig's {@code semverCompare}, the same Masterminds semver
 * that Helm uses). {@code file://} dependencies count as present when their directory holds a chart:
 * the engine copies them in at render time, as {@code helm dependency build} would.
 */
public final class ChartDependencies {

    private ChartDependencies() {
    }

    /** The problems of {@code chartDir}'s declared dependencies, in declaration order. */
    public static List<MissingDependency> missing(Path chartDir) throws IOException {
        return missing(chartDir, HelmEngine.shared());
    }

    static List<MissingDependency> missing(Path chartDir, HelmEngine engine) throws IOException {
        ChartTree chart = ChartTree.read(chartDir);
        Optional<ChartMetadata> metadata = chart.metadata();
        if (metadata.isEmpty()) {
            return List.of();
        }
        Path declaringFile = chartDir.resolve(metadata.get().dependencyFile());
        List<Candidate> candidates = new ArrayList<>();
        for (ChartMetadata.Dependency dependency : metadata.get().dependencies()) {
            candidates.add(new Candidate(dependency, availableVersions(chart, chartDir, dependency)));
        }
        List<TemplateJob> checks = new ArrayList<>();
        for (Candidate candidate : candidates) {
            for (String version : candidate.versions()) {
                checks.add(new TemplateJob("{{ semverCompare .constraint .version }}",
                        Map.of("constraint", Objects.requireNonNullElse(candidate.dependency().version(), ""),
                                "version", version)));
            }
        }
        List<TemplateResult> answers = needsHelm(candidates) ? new GoTemplates(engine).evaluate(checks) : List.of();
        List<MissingDependency> missing = new ArrayList<>();
        int answer = 0;
        for (Candidate candidate : candidates) {
            ChartMetadata.Dependency dependency = candidate.dependency();
            boolean satisfied = false;
            for (String version : candidate.versions()) {
                boolean matches = version.equals(dependency.version())
                        || (answer < answers.size() && "true".equals(answers.get(answer).output()));
                answer++;
                satisfied |= matches;
            }
            if (satisfied) {
                continue;
            }
            MissingDependency.Reason reason = !candidate.versions().isEmpty()
                    ? MissingDependency.Reason.VERSION_MISMATCH
                    : dependency.isLocalPath()
                            ? MissingDependency.Reason.LOCAL_PATH_NOT_FOUND
                            : MissingDependency.Reason.NOT_VENDORED;
            missing.add(new MissingDependency(dependency.name(), dependency.version(), dependency.repository(),
                    dependency.alias(), declaringFile, dependency.line(), reason, candidate.versions()));
        }
        return missing;
    }

    /** Versions Helm could pair with the declaration: vendored subcharts first, else the file:// chart. */
    private static List<String> availableVersions(ChartTree chart, Path chartDir, ChartMetadata.Dependency dependency)
            throws IOException {
        List<String> versions = new ArrayList<>();
        for (ChartTree.Subchart sub : chart.subcharts()) {
            sub.chart().metadata()
                    .filter(m -> Objects.equals(m.name(), dependency.name()))
                    .map(m -> Objects.requireNonNullElse(m.version(), ""))
                    .ifPresent(versions::add);
        }
        if (versions.isEmpty() && dependency.isLocalPath()) {
            Path local = chartDir.resolve(dependency.localPath()).normalize();
            if (Files.isRegularFile(local.resolve(ChartMetadata.CHART_FILE))) {
                byte[] chartYaml = Files.readAllBytes(local.resolve(ChartMetadata.CHART_FILE));
                versions.add(ChartMetadata.parse(chartYaml, null).map(ChartMetadata::version).orElse(""));
            }
        }
        return versions;
    }

    private static boolean needsHelm(List<Candidate> candidates) {
        return candidates.stream().anyMatch(c -> c.versions().stream().anyMatch(v -> !v.equals(c.dependency().version())));
    }

    private record Candidate(ChartMetadata.Dependency dependency, List<String> versions) {
    }
}
