package dev.gitopslint.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.GitOpsLinter;
import dev.gitopslint.core.engine.Analysis;
import dev.gitopslint.core.engine.LintRequest;
import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.manifest.Manifest;
import dev.gitopslint.core.render.RenderedApp;
import dev.gitopslint.core.yaml.YamlToJava;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the benchmark inputs honest: small versions of each data set lint the way the benchmark assumes. */
class BenchmarkDataTest {

    @TempDir
    Path temp;

    @Test
    void syntheticRepositoryRendersEveryComponentInFourEnvironmentsWithoutFindings() throws Exception {
        Path repo = temp.resolve("repo");
        new SyntheticArgoRepository(5).writeTo(new GeneratedTree(repo));

        Analysis analysis = GitOpsLinter.withInstalledRules().analyze(LintRequest.of(repo));
        assertThat(analysis.apps().apps()).hasSize(20);
        assertThat(analysis.apps().environments()).containsExactlyInAnyOrder("dev", "staging", "production", "local");
        assertThat(analysis.renderedApps()).allSatisfy(app -> assertThat(app.failure()).isEmpty());
        assertThat(analysis.renderedApps().stream().flatMap(a -> a.manifests().stream()).map(Manifest::kind))
                .contains("Deployment", "Service", "ConfigMap", "ServiceAccount", "PodDisruptionBudget", "CronJob",
                        "StatefulSet");
        RenderedApp production = analysis.renderedApps().stream()
                .filter(a -> a.app().name().equals("production-apps-svc-000")).findFirst().orElseThrow();
        Manifest deployment = production.manifests().stream().filter(m -> m.kind().equals("Deployment"))
                .findFirst().orElseThrow();
        // Layer 6 (production override) won over layer 5, and layer 4 (node profile) reached the pod.
        Map<String, Object> object = YamlToJava.map(deployment.object());
        assertThat(object).extracting("spec").extracting("replicas").isEqualTo(3L);
        assertThat(object.toString()).contains("nodeSelector={bench.example.com/pool=prod}");

        LintResult result = GitOpsLinter.withInstalledRules().lint(LintRequest.of(repo));
        assertThat(result.findings()).extracting(Finding::ruleId).isEmpty();
    }

    @Test
    void replicationControllerStreamHasOneSchemaErrorPerThousandObjects() throws Exception {
        Path dir = temp.resolve("stream");
        new ReplicationControllerStream(2 * ReplicationControllerStream.INVALID_EVERY).writeTo(new GeneratedTree(dir));

        LintResult result = GitOpsLinter.withInstalledRules().lint(LintRequest.of(dir));
        assertThat(result.summary().manifests()).isEqualTo(2000);
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("schema-invalid", "schema-invalid");
    }

    @Test
    void mixedCorpusValidatesEveryKindAndFlagsTheSeededUnknownFields() throws Exception {
        Path dir = temp.resolve("corpus");
        new MixedManifestCorpus(MixedManifestCorpus.INVALID_EVERY + 20).writeTo(new GeneratedTree(dir));

        LintResult result = GitOpsLinter.withInstalledRules().lint(LintRequest.of(dir));
        List<String> rules = result.findings().stream().map(Finding::ruleId).toList();
        assertThat(rules).containsExactly("schema-unknown-field");
        assertThat(result.findings().get(0).location().file()).endsWith("-00500.yaml");
    }
}
