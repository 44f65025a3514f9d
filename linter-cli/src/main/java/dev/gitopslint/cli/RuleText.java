package dev.gitopslint.cli;

import dev.gitopslint.core.rule.RuleInfo;

/** The long form of a rule's metadata, shared by {@code explain} and the generated rule reference. */
final class RuleText {

    private RuleText() {
    }

    static String explain(RuleInfo info) {
        StringBuilder text = new StringBuilder();
        text.append(info.id()).append(" (").append(info.severity().label()).append(", scope ")
                .append(info.scope().label()).append(")\n\n");
        text.append(info.summary()).append("\n\n").append(info.description()).append('\n');
        if (!info.origin().isEmpty()) {
            text.append("\nWhy it exists: ").append(info.origin()).append('\n');
        }
        if (!info.bad().isEmpty()) {
            text.append("\nBad:\n").append(indent(info.bad())).append('\n');
        }
        if (!info.good().isEmpty()) {
            text.append("\nGood:\n").append(indent(info.good())).append('\n');
        }
        text.append("\nSuppress one finding: # gitops-lint: ignore ").append(info.id()).append(" -- <reason>\n");
        return text.toString();
    }

    private static String indent(String block) {
        return "    " + block.replace("\n", "\n    ");
    }
}
