package dev.gitopslint.core.report;

import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.finding.Target;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * JUnit XML in the common (Ant/Surefire) format CI servers read. One {@code <testsuite>} per linted app
 * and environment, one per file for repository-level findings. Each finding is a failing
 * {@code <testcase>} in every app it affects, a baselined one is skipped, and an app without findings
 * gets one passing test case, so that clean apps show as passed rather than as empty suites (which some
 * CI servers treat as a missing report).
 */
public final class JunitReporter implements Reporter {

    static final String PASSED = "no findings";

    /** One suite: its name, classname, properties, and the findings it lists. */
    private record Suite(String name, String classname, Map<String, String> properties, List<Finding> findings) {
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        List<Suite> suites = suites(result);
        int tests = 0;
        int failures = 0;
        for (Suite suite : suites) {
            tests += Math.max(1, suite.findings().size());
            failures += (int) suite.findings().stream().filter(f -> !result.isBaselined(f)).count();
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"gitops-lint\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"0\" time=\"0\">\n");
        for (Suite suite : suites) {
            writeSuite(suite, result, out);
        }
        out.write("</testsuites>\n");
    }

    private static List<Suite> suites(LintResult result) {
        SortedSet<Target> targets = new TreeSet<>(result.linted());
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (Finding finding : result.findings()) {
            targets.addAll(finding.targets());
            if (finding.targets().isEmpty()) {
                byFile.computeIfAbsent(finding.location().file(), f -> new ArrayList<>()).add(finding);
            }
        }
        List<Suite> suites = new ArrayList<>();
        for (Target target : targets) {
            List<Finding> findings = result.findings().stream().filter(f -> f.targets().contains(target)).toList();
            suites.add(new Suite(target.toString(), "gitops-lint." + target.environment() + "." + target.app(),
                    new TreeMap<>(Map.of("app", target.app(), "environment", target.environment())), findings));
        }
        byFile.forEach((file, findings) -> suites.add(new Suite(file.isEmpty() ? "repository" : file,
                "gitops-lint.repository", new TreeMap<>(Map.of("file", file)), findings)));
        if (suites.isEmpty()) {
            suites.add(new Suite("gitops-lint", "gitops-lint.repository", Map.of(), List.of()));
        }
        return suites;
    }

    private static void writeSuite(Suite suite, LintResult result, Writer out) throws IOException {
        int skipped = (int) suite.findings().stream().filter(result::isBaselined).count();
        int failures = suite.findings().size() - skipped;
        out.write("  <testsuite name=\"" + XmlText.attribute(suite.name()) + "\" tests=\""
                + Math.max(1, suite.findings().size()) + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\""
                + skipped + "\" time=\"0\">\n");
        if (!suite.properties().isEmpty()) {
            out.write("    <properties>\n");
            for (Map.Entry<String, String> property : suite.properties().entrySet()) {
                out.write("      <property name=\"" + XmlText.attribute(property.getKey()) + "\" value=\""
                        + XmlText.attribute(property.getValue()) + "\"/>\n");
            }
            out.write("    </properties>\n");
        }
        String classname = XmlText.attribute(suite.classname());
        if (suite.findings().isEmpty()) {
            out.write("    <testcase classname=\"" + classname + "\" name=\"" + PASSED + "\" time=\"0\"/>\n");
        }
        for (Finding finding : suite.findings()) {
            out.write("    <testcase classname=\"" + classname + "\" name=\""
                    + XmlText.attribute(finding.ruleId() + " at " + finding.location()) + "\" time=\"0\">\n");
            if (result.isBaselined(finding)) {
                out.write("      <skipped message=\"" + XmlText.attribute("baselined in "
                        + result.baseline().orElseThrow().source() + ": " + finding.message()) + "\"/>\n");
            } else {
                out.write("      <failure message=\"" + XmlText.attribute(finding.severity().label() + ": "
                        + finding.message()) + "\" type=\"" + XmlText.attribute(finding.ruleId()) + "\">"
                        + XmlText.content(details(finding)) + "</failure>\n");
            }
            out.write("    </testcase>\n");
        }
        out.write("  </testsuite>\n");
    }

    /** The failure's body: what a CI page shows when the test case is opened. */
    private static String details(Finding finding) {
        StringBuilder text = new StringBuilder();
        text.append(finding.location()).append("  ").append(finding.severity().label()).append("  ")
                .append(finding.ruleId()).append('\n').append(finding.message()).append('\n');
        for (Related related : finding.related()) {
            text.append("  -> ").append(related.position()).append("  ").append(related.message()).append('\n');
        }
        if (!finding.targets().isEmpty()) {
            text.append("Affects: ");
            List<Target> targets = List.copyOf(finding.targets());
            for (int i = 0; i < targets.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(targets.get(i));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
