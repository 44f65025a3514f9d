package dev.gitopslint.core.suppress;

import dev.gitopslint.core.source.Position;
import java.util.Set;

/**
 * A {@code gitops-lint: ignore <rule-id>[,<rule-id>] -- <reason>} comment. It covers findings on its own
 * line (a trailing comment) or on the next line (a comment on a line of its own).
 */
public record SuppressionDirective(Position position, int coveredLine, Set<String> ruleIds, String reason) {

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }

    public boolean covers(String ruleId, String file, int line) {
        return position.file().equals(file) && line == coveredLine
                && (ruleIds.contains(ruleId) || ruleIds.contains("all"));
    }
}
