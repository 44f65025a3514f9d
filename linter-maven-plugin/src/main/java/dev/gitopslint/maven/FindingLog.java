package dev.gitopslint.maven;

import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.source.Position;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs each finding at the Maven level of its severity, as {@code file:line:col: rule-id: message},
 * with the absolute file path so IDE consoles link it; related locations follow, indented.
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
            switch (finding.severity()) {
                case ERROR -> log.error(text);
                case WARNING -> log.warn(text);
                case INFO -> log.info(text);
            }
        }
    }

    private String where(Position position) {
        String file = repository.resolve(position.file()).toString();
        return position.line() == 0 ? file : file + ":" + position.line() + ":" + position.column();
    }
}
