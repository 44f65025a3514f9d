package dev.gitopslint.core.report;

import dev.gitopslint.core.rule.RuleInfo;

/** A rule's help as plain text and as Markdown, for SARIF rule metadata: what, why, the fix, how to suppress. */
final class RuleHelp {

    private RuleHelp() {
    }

    static String text(RuleInfo info) {
        StringBuilder text = new StringBuilder(info.summary()).append("\n\n").append(info.description()).append('\n');
        if (!info.origin().isEmpty()) {
            text.append("\nWhy it exists: ").append(info.origin()).append('\n');
        }
        if (!info.bad().isEmpty()) {
            text.append("\nBad:\n").append(indent(info.bad())).append('\n');
        }
        if (!info.good().isEmpty()) {
            text.append("\nGood (the fix):\n").append(indent(info.good())).append('\n');
        }
        text.append("\nSuppress one finding, with a reason: # gitops-lint: ignore ").append(info.id())
                .append(" -- <reason>\n");
        return text.toString();
    }

    static String markdown(RuleInfo info) {
        StringBuilder md = new StringBuilder("**").append(info.summary()).append("**\n\n")
                .append(info.description()).append('\n');
        if (!info.origin().isEmpty()) {
            md.append("\n#### Why it exists\n\n").append(info.origin()).append('\n');
        }
        if (!info.bad().isEmpty()) {
            md.append("\n#### Bad\n\n```yaml\n").append(info.bad()).append("\n```\n");
        }
        if (!info.good().isEmpty()) {
            md.append("\n#### Good (the fix)\n\n```yaml\n").append(info.good()).append("\n```\n");
        }
        md.append("\n#### Suppress\n\nOn the line or the line above, with a reason: `# gitops-lint: ignore ")
                .append(info.id()).append(" -- <reason>`\n");
        return md.toString();
    }

    /** {@code values-empty-override} becomes {@code ValuesEmptyOverride}: SARIF's readable rule name. */
    static String name(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.isEmpty() ? id : name.toString();
    }

    private static String indent(String block) {
        return "    " + block.replace("\n", "\n    ");
    }
}
