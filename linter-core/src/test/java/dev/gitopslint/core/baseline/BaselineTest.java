package dev.gitopslint.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.engine.Summary;
import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.source.Position;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    @TempDir
    Path temp;

    private static Finding finding(String fingerprint, Severity severity, String file, int line) {
        return new Finding("rule-" + severity.label(), severity, "message " + fingerprint, new Position(file, line, 1),
                List.of(), new TreeSet<>(), fingerprint);
    }

    private static LintResult result(Finding... findings) {
        return new LintResult(List.of(findings), new Summary(2, 1, 0, 1, 1, 0, 3, 0));
    }

    @Test
    void listedFindingsAreBaselinedUnlistedOnesFailAndUnmatchedEntriesAreStale() {
        Finding oldError = finding("f1", Severity.ERROR, "a.yaml", 1);
        Finding newError = finding("f2", Severity.ERROR, "b.yaml", 2);
        Finding oldWarning = finding("f3", Severity.WARNING, "c.yaml", 3);
        Baseline baseline = new Baseline(List.of(BaselineEntry.of(oldError), BaselineEntry.of(oldWarning),
                new BaselineEntry("f9", "rule-error", "gone.yaml", "fixed since")));
        LintResult applied = baseline.applyTo(result(oldError, newError, oldWarning), "base.json");
        assertThat(applied.findings()).hasSize(3);
        assertThat(applied.newFindings()).containsExactly(newError);
        assertThat(applied.isBaselined(oldError)).isTrue();
        assertThat(applied.summary().errors()).isEqualTo(1);
        assertThat(applied.summary().warnings()).isZero();
        assertThat(applied.summary().baselined()).isEqualTo(2);
        assertThat(applied.failsAt(Severity.ERROR)).isTrue();
        assertThat(applied.baseline().orElseThrow().stale()).extracting(BaselineEntry::file).containsExactly("gone.yaml");
        assertThat(applied.baseline().orElseThrow().entries()).isEqualTo(3);
        LintResult onlyOld = baseline.applyTo(result(oldError, oldWarning), "base.json");
        assertThat(onlyOld.failsAt(Severity.INFO)).as("everything is accepted").isFalse();
    }

    @Test
    void theFileIsSortedDeterministicAndReadsBack() throws Exception {
        Baseline baseline = Baseline.of(result(finding("f2", Severity.ERROR, "b.yaml", 2),
                finding("f1", Severity.ERROR, "a.yaml", 1), finding("f1", Severity.ERROR, "a.yaml", 1)));
        Path file = temp.resolve("sub/.gitops-lint-baseline.json");
        BaselineFile.write(baseline, file);
        String text = Files.readString(file);
        assertThat(text).startsWith("{\n").contains("\"version\"").endsWith("}\n");
        assertThat(text.indexOf("a.yaml")).isLessThan(text.indexOf("b.yaml"));
        assertThat(text.split("\"fingerprint\"", -1)).as("one entry per fingerprint").hasSize(3);
        assertThat(BaselineFile.read(file)).isEqualTo(baseline);
        assertThat(BaselineFile.toJson(BaselineFile.read(file))).isEqualTo(text);
    }

    @Test
    void unusableFilesAreClearErrors() {
        assertThatThrownBy(() -> BaselineFile.read(temp.resolve("missing.json")))
                .isInstanceOf(BaselineException.class).hasMessageContaining("missing.json: baseline file not found");
        assertThatThrownBy(() -> BaselineFile.parse("{\"version\": 1,\n \"findings\": [,]}", "b.json"))
                .hasMessageStartingWith("b.json:2:").hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> BaselineFile.parse("{\"version\": 2, \"findings\": []}", "b.json"))
                .hasMessageContaining("unsupported baseline version 2");
        assertThatThrownBy(() -> BaselineFile.parse("{\"version\": 1, \"findings\": [{\"file\": \"a\"}]}", "b.json"))
                .hasMessage("b.json: findings[0] has no fingerprint");
        assertThatThrownBy(() -> BaselineFile.parse("[]", "b.json")).hasMessageContaining("expected a JSON object");
    }
}
