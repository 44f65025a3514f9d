package dev.gitopslint.core.report;

import dev.gitopslint.core.baseline.BaselineStatus;
import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.finding.Target;
import dev.gitopslint.core.source.Position;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow commands, one per finding:
 * {@code ::error file=F,line=L,col=C,title=RULE::message}, which GitHub shows as annotations on the
 * pull request diff. Info findings are notices. Baselined findings are left out (they are accepted); stale
 * baseline entries get one notice.
 */
public final class GithubReporter implements Reporter {

    private static final int APPS_SHOWN = 5;

    private final ReportSettings settings;

    public GithubReporter(ReportSettings settings) {
        this.settings = settings;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        for (Finding finding : result.newFindings()) {
            out.write(command(finding));
            out.write('\n');
        }
        if (result.baseline().isPresent() && !result.baseline().get().stale().isEmpty()) {
            BaselineStatus baseline = result.baseline().get();
            out.write("::notice title=" + WorkflowCommands.property("gitops-lint baseline") + "::"
                    + WorkflowCommands.data(entries(baseline.stale().size()) + " of the baseline " + baseline.source()
                    + " no longer found: recreate it with 'gitops-lint baseline create' to drop them.")
                    + '\n');
        }
    }

    static String entries(int count) {
        return count == 1 ? "1 entry" : String.format("%,d entries", count);
    }

    private String command(Finding finding) {
        String kind = switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        List<String> properties = new ArrayList<>();
        Position at = finding.location();
        if (!at.file().isEmpty()) {
            properties.add("file=" + WorkflowCommands.property(settings.checkoutPath(at.file())));
            if (at.line() > 0) {
                properties.add("line=" + at.line());
                if (at.column() > 0) {
                    properties.add("col=" + at.column());
                }
            }
        }
        properties.add("title=" + WorkflowCommands.property(finding.ruleId()));
        return "::" + kind + " " + String.join(",", properties) + "::" + WorkflowCommands.data(message(finding));
    }

    /** The message, then the apps it affects and the related places, on lines of their own. */
    private String message(Finding finding) {
        StringBuilder text = new StringBuilder(finding.message());
        List<Target> targets = List.copyOf(finding.targets());
        if (!targets.isEmpty()) {
            text.append("\nAffects: ");
            for (int i = 0; i < Math.min(APPS_SHOWN, targets.size()); i++) {
                text.append(i == 0 ? "" : ", ").append(targets.get(i));
            }
            if (targets.size() > APPS_SHOWN) {
                text.append(" and ").append(targets.size() - APPS_SHOWN).append(" more");
            }
        }
        for (Related related : finding.related()) {
            Position at = related.position();
            text.append("\n-> ").append(at.withFile(settings.checkoutPath(at.file()))).append("  ").append(related.message());
        }
        return text.toString();
    }
}
