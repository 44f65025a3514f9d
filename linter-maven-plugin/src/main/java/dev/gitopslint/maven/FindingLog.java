package dev.gitopslint.maven;

import dev.gitopslint.core.baseline.BaselineEntry;
import dev.gitopslint.core.baseline.BaselineStatus;
import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.source.Position;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs each finding at the Maven level of its severity, as {@code file:line:col: rule-id: message},
 * with the absolute file path so IDE consoles link it; related locations follow, indented. Findings a
 * baseline accepts are only informational; baseline entries nothing matched any more are warnings, since
 * they are there to be removed.
 */
final class FindingLog {

    private final Log log;
    private final Path repository;

    FindingLog(Log log, Path repository) {
        this.log = log;
        this.repository = repository;
    }

    void log(LintResult result) {
        for (Finding finding : result.findings()) {
            StringBuilder text = new StringBuilder()
                    .append(where(finding.location())).append(": ")
                    .append(finding.ruleId()).append(": ")
                    .append(finding.message());
            if (!finding.apps().isEmpty()) {
                text.append(" [").append(finding.apps()).append(']');
            }
            for (Related related : finding.related()) {
                text.append(System.lineSeparator()).append("    -> ").append(where(related.position()))
                        .append("  ").append(related.message());
            }
            if (result.isBaselined(finding)) {
                log.info("(baselined) " + text);
                continue;
            }
            switch (finding.severity()) {
                case ERROR -> log.error(text);
                case WARNING -> log.warn(text);
                case INFO -> log.info(text);
            }
        }
        result.baseline().ifPresent(this::logStale);
    }

    private void logStale(BaselineStatus baseline) {
        for (BaselineEntry entry : baseline.stale()) {
            log.warn("gitops-lint: baseline entry no longer found: " + repository.resolve(entry.file()) + ": "
                    + entry.ruleId() + ": " + entry.message());
        }
        if (!baseline.stale().isEmpty()) {
            log.warn("gitops-lint: " + baseline.stale().size() + " of " + baseline.entries() + " entries of "
                    + baseline.source() + " are stale: recreate it with 'gitops-lint baseline create'");
        }
    }

    private String where(Position position) {
        String file = repository.resolve(position.file()).toString();
        return position.line() == 0 ? file : file + ":" + position.line() + ":" + position.column();
    }
}
