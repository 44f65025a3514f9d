package dev.gitopslint.core.report;

import dev.gitopslint.core.baseline.BaselineEntry;
import dev.gitopslint.core.baseline.BaselineStatus;
import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.engine.Summary;
import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.finding.Target;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The terminal format: {@code file:line:col  severity  rule-id  message}, grouped by file, related
 * locations indented under their finding, then a summary. Colour only when asked (a TTY without
 * {@code NO_COLOR}).
 */
public final class TextReporter implements Reporter {

    private static final int APPS_SHOWN = 3;

    private final boolean colour;
    private final boolean quiet;

    public TextReporter(boolean colour, boolean quiet) {
        this.colour = colour;
        this.quiet = quiet;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        String file = null;
        for (Finding finding : result.newFindings()) {
            if (quiet && finding.severity() != Severity.ERROR) {
                continue;
            }
            if (file != null && !file.equals(finding.location().file())) {
                out.write('\n');
            }
            file = finding.location().file();
            out.write(paint(location(finding), "1") + "  " + severity(finding.severity()) + "  "
                    + paint(finding.ruleId(), "2") + "  " + finding.message() + apps(finding) + "\n");
            for (Related related : finding.related()) {
                out.write("    " + paint("-> " + related.position(), "2") + "  " + related.message() + "\n");
            }
        }
        if (file != null) {
            out.write('\n');
        }
        if (!quiet && result.baseline().isPresent()) {
            writeBaseline(result.baseline().get(), out);
        }
        out.write(summary(result.summary()) + "\n");
    }

    /** Baselined findings are only counted; stale entries are listed, since they are there to be removed. */
    private void writeBaseline(BaselineStatus baseline, Writer out) throws IOException {
        out.write("Baseline " + baseline.source() + ": " + plural(baseline.accepted().size(), "finding")
                + " accepted (not failing, not listed)");
        if (baseline.stale().isEmpty()) {
            out.write(", no stale entries\n\n");
            return;
        }
        out.write(", " + plural(baseline.stale().size(), "stale entry", "stale entries")
                + " (no longer found: fixed, or changed) - recreate the baseline to drop them:\n");
        for (BaselineEntry entry : baseline.stale()) {
            out.write("    " + paint(entry.file(), "1") + "  " + paint(entry.ruleId(), "2") + "  " + entry.message()
                    + "\n");
        }
        out.write('\n');
    }

    private static String location(Finding finding) {
        var at = finding.location();
        return at.line() == 0 ? at.file() : at.file() + ":" + at.line() + ":" + at.column();
    }

    private static String apps(Finding finding) {
        List<Target> targets = List.copyOf(finding.targets());
        if (targets.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(" [");
        for (int i = 0; i < Math.min(APPS_SHOWN, targets.size()); i++) {
            text.append(i == 0 ? "" : ", ").append(targets.get(i).app());
        }
        if (targets.size() > APPS_SHOWN) {
            text.append(" +").append(targets.size() - APPS_SHOWN).append(" more");
        }
        return text.append(']').toString();
    }

    private String severity(Severity severity) {
        String label = String.format("%-7s", severity.label());
        return switch (severity) {
            case ERROR -> paint(label, "31");
            case WARNING -> paint(label, "33");
            case INFO -> paint(label, "36");
        };
    }

    private String paint(String text, String code) {
        return colour ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }

    static String summary(Summary s) {
        int total = s.errors() + s.warnings() + s.infos();
        String head = total == 0 ? "No findings" : total + (total == 1 ? " finding" : " findings") + ": "
                + plural(s.errors(), "error") + ", " + plural(s.warnings(), "warning") + ", "
                + plural(s.infos(), "info");
        return head + " (" + plural(s.apps(), "app") + ", " + plural(s.environments(), "environment") + ", "
                + plural(s.manifests(), "manifest") + ", " + plural(s.files(), "file")
                + (s.suppressed() > 0 ? ", " + s.suppressed() + " suppressed" : "")
                + (s.baselined() > 0 ? ", " + s.baselined() + " baselined" : "") + ")";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 || noun.equals("info") ? "" : "s");
    }

    private static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
