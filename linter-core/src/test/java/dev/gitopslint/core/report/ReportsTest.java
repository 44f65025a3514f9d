package dev.gitopslint.core.report;

import static dev.gitopslint.core.report.Findings.error;
import static dev.gitopslint.core.report.Findings.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.finding.Target;
import dev.gitopslint.core.testing.ReportSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

    @TempDir
    Path temp;

    @Test
    void writeAllPutsEachFormatUnderItsDefaultNameInTheDirectory() throws Exception {
        LintResult result = result(List.of(error("values/a.yaml", 3, "bad", new Target("api", "dev"))),
                new Target("api", "dev"));
        Path directory = temp.resolve("target/gitops-lint");
        Map<ReportFormat, Path> written = new Reports(Findings.settings(temp))
                .writeAll(result, EnumSet.allOf(ReportFormat.class), directory);
        assertThat(written.keySet()).containsExactly(ReportFormat.values());
        assertThat(directory.resolve("gitops-lint.txt")).content().contains("values/a.yaml:3:1  error    demo-error");
        assertThat(directory.resolve("gitops-lint.json")).content().contains("\"ruleId\"");
        assertThat(ReportSchemas.sarifErrors(Files.readString(directory.resolve("gitops-lint.sarif")))).isEmpty();
        assertThat(directory.resolve("gitops-lint-github.txt")).content().startsWith("::error file=values/a.yaml");
        assertThat(ReportSchemas.junitErrors(Files.readString(directory.resolve("TEST-gitops-lint.xml")))).isEmpty();
    }

    @Test
    void formatNamesParseCaseInsensitively() {
        assertThat(ReportFormat.parse("SARIF")).isEqualTo(ReportFormat.SARIF);
        assertThat(ReportFormat.parse(" junit ")).isEqualTo(ReportFormat.JUNIT);
        assertThatThrownBy(() -> ReportFormat.parse("html")).hasMessageContaining("unknown report format 'html'");
    }
}
