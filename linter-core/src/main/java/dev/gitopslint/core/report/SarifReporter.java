package dev.gitopslint.core.report;

import dev.gitopslint.core.baseline.BaselineEntry;
import dev.gitopslint.core.baseline.BaselineStatus;
import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.finding.Target;
import dev.gitopslint.core.rule.Rule;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.source.Position;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0, one run, shaped for GitHub code scanning: every installed rule described from its
 * metadata, paths relative to {@code %SRCROOT%}, fingerprints that survive line shifts, and GitHub's
 * upload limits respected. When a run has more results than GitHub accepts, the least severe are dropped
 * first (baselined before new within a severity) and a tool notification says what was dropped.
 */
public final class SarifReporter implements Reporter {

    public static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    public static final String INFORMATION_URI = "https://github.com/gitops-lint/gitops-lint";
    public static final String FINGERPRINT_KEY = "gitopsLint/v1";
    static final String SRCROOT = "%SRCROOT%";

    /** GitHub's limits for one uploaded run; locations count the primary one and the related ones. */
    record Limits(int resultsPerRun, int locationsPerResult) {
        static final Limits GITHUB = new Limits(25_000, 1_000);
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ReportSettings settings;
    private final Limits limits;

    public SarifReporter(ReportSettings settings) {
        this(settings, Limits.GITHUB);
    }

    SarifReporter(ReportSettings settings, Limits limits) {
        this.settings = settings;
        this.limits = limits;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        List<Note> notes = new ArrayList<>();
        List<Finding> selected = select(result, notes);
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ObjectNode root = NODES.objectNode();
        root.put("$schema", SCHEMA_URI);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        run.set("tool", tool(result, ruleIndex));
        run.set("originalUriBaseIds", uriBaseIds());
        ArrayNode results = run.putArray("results");
        int relatedDropped = 0;
        for (Finding finding : selected) {
            ObjectNode node = result(finding, ruleIndex.get(finding.ruleId()), result);
            relatedDropped += relatedLocations(node, finding);
            results.add(node);
        }
        if (relatedDropped > 0) {
            notes.add(Note.warning(String.format("%,d related locations were left out: GitHub accepts at most %,d locations "
                    + "per result.", relatedDropped, limits.locationsPerResult())));
        }
        result.baseline().ifPresent(b -> baselineNotes(b, notes));
        run.putArray("invocations").add(invocation(notes));
        run.put("columnKind", "unicodeCodePoints");
        result.baseline().ifPresent(b -> run.putObject("properties").set("baseline", baselineProperties(b)));
        out.write(MAPPER.writeValueAsString(root));
        out.write('\n');
    }

    private ObjectNode tool(LintResult result, Map<String, Integer> ruleIndex) {
        ObjectNode driver = NODES.objectNode();
        driver.put("name", "gitops-lint");
        driver.put("version", settings.toolVersion());
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        for (Rule rule : settings.rules().all()) {
            ruleIndex.put(rule.id(), rules.size());
            rules.add(rule(rule.info()));
        }
        // A finding of a rule not in the registry (another rule set) still needs a descriptor to point at.
        for (String id : new TreeSet<>(result.findings().stream().map(Finding::ruleId).toList())) {
            if (!ruleIndex.containsKey(id)) {
                ruleIndex.put(id, rules.size());
                rules.addObject().put("id", id).put("name", RuleHelp.name(id));
            }
        }
        ObjectNode tool = NODES.objectNode();
        tool.set("driver", driver);
        return tool;
    }

    private static ObjectNode rule(RuleInfo info) {
        ObjectNode rule = NODES.objectNode();
        rule.put("id", info.id());
        rule.put("name", RuleHelp.name(info.id()));
        rule.putObject("shortDescription").put("text", info.summary());
        rule.putObject("fullDescription").put("text", info.description());
        rule.putObject("defaultConfiguration").put("level", level(info.severity()));
        rule.put("helpUri", INFORMATION_URI + "/blob/main/docs/rules/" + info.id() + ".md");
        rule.putObject("help").put("text", RuleHelp.text(info)).put("markdown", RuleHelp.markdown(info));
        ObjectNode properties = rule.putObject("properties");
        properties.putArray("tags").add("gitops").add(info.scope().label());
        properties.put("scope", info.scope().label());
        return rule;
    }

    private ObjectNode uriBaseIds() {
        ObjectNode srcroot = NODES.objectNode();
        settings.checkoutRoot().ifPresent(root -> srcroot.put("uri", SarifUris.directory(root)));
        srcroot.putObject("description").put("text", "The root of the repository checkout: result paths are relative to it.");
        ObjectNode ids = NODES.objectNode();
        ids.set(SRCROOT, srcroot);
        return ids;
    }

    private ObjectNode result(Finding finding, int index, LintResult lint) {
        ObjectNode node = NODES.objectNode();
        node.put("ruleId", finding.ruleId());
        node.put("ruleIndex", index);
        node.put("level", level(finding.severity()));
        node.putObject("message").put("text", finding.message());
        if (!finding.location().file().isEmpty()) {
            node.putArray("locations").addObject().set("physicalLocation", physicalLocation(finding.location()));
        }
        node.putObject("partialFingerprints").put(FINGERPRINT_KEY, finding.fingerprint());
        lint.baseline().ifPresent(baseline -> {
            boolean accepted = baseline.accepts(finding);
            node.put("baselineState", accepted ? "unchanged" : "new");
            if (accepted) {
                node.putArray("suppressions").addObject()
                        .put("kind", "external")
                        .put("status", "accepted")
                        .put("justification", "Accepted in the baseline " + baseline.source());
            }
        });
        ObjectNode properties = node.putObject("properties");
        ArrayNode apps = properties.putArray("apps");
        new TreeSet<>(finding.targets().stream().map(Target::app).toList()).forEach(apps::add);
        ArrayNode environments = properties.putArray("environments");
        new TreeSet<>(finding.targets().stream().map(Target::environment).toList()).forEach(environments::add);
        return node;
    }

    /** Adds the related locations that fit in GitHub's limit; returns how many did not. */
    private int relatedLocations(ObjectNode node, Finding finding) {
        List<Related> related = finding.related().stream().filter(r -> !r.position().file().isEmpty()).toList();
        if (related.isEmpty()) {
            return 0;
        }
        int room = Math.max(0, limits.locationsPerResult() - 1);
        ArrayNode locations = node.putArray("relatedLocations");
        for (int i = 0; i < Math.min(room, related.size()); i++) {
            ObjectNode location = locations.addObject();
            location.put("id", i + 1);
            location.set("physicalLocation", physicalLocation(related.get(i).position()));
            location.putObject("message").put("text", related.get(i).message());
        }
        return Math.max(0, related.size() - room);
    }

    private ObjectNode physicalLocation(Position at) {
        ObjectNode physical = NODES.objectNode();
        physical.putObject("artifactLocation")
                .put("uri", SarifUris.relative(settings.checkoutPath(at.file())))
                .put("uriBaseId", SRCROOT);
        if (at.line() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", at.line());
            if (at.column() > 0) {
                region.put("startColumn", at.column());
            }
        }
        return physical;
    }

    /** The findings that fit GitHub's limit, most severe first, in their report order. */
    private List<Finding> select(LintResult result, List<Note> notes) {
        List<Finding> all = result.findings();
        if (all.size() <= limits.resultsPerRun()) {
            return all;
        }
        List<Integer> ranked = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ranked.add(i);
        }
        ranked.sort(Comparator.<Integer, Severity>comparing(i -> all.get(i).severity())
                .thenComparing(i -> result.isBaselined(all.get(i)))
                .thenComparing(i -> i));
        Set<Integer> kept = new HashSet<>(ranked.subList(0, limits.resultsPerRun()));
        List<Finding> selected = new ArrayList<>();
        Map<Severity, Integer> dropped = new EnumMap<>(Severity.class);
        for (int i = 0; i < all.size(); i++) {
            if (kept.contains(i)) {
                selected.add(all.get(i));
            } else {
                dropped.merge(all.get(i).severity(), 1, Integer::sum);
            }
        }
        List<String> parts = new ArrayList<>();
        dropped.forEach((severity, count) -> parts.add(String.format("%,d %s", count, severity.label())));
        notes.add(Note.warning(String.format("Reported %,d of %,d findings: GitHub accepts at most %,d results per run. "
                + "Left out, least severe first: %s. The text and JSON reports have them all.",
                selected.size(), all.size(), limits.resultsPerRun(), String.join(", ", parts))));
        return selected;
    }

    private static void baselineNotes(BaselineStatus baseline, List<Note> notes) {
        if (!baseline.stale().isEmpty()) {
            notes.add(new Note("note", GithubReporter.entries(baseline.stale().size()) + " of the baseline "
                    + baseline.source() + " no longer found (fixed, or changed): recreate the baseline to drop them."));
        }
    }

    /** A tool execution notification: SARIF levels {@code warning} or {@code note}. */
    private record Note(String level, String text) {
        static Note warning(String text) {
            return new Note("warning", text);
        }
    }

    private static ObjectNode invocation(List<Note> notes) {
        ObjectNode invocation = NODES.objectNode();
        invocation.put("executionSuccessful", true);
        if (!notes.isEmpty()) {
            ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
            for (Note note : notes) {
                ObjectNode notification = notifications.addObject();
                notification.put("level", note.level());
                notification.putObject("message").put("text", note.text());
            }
        }
        return invocation;
    }

    private static ObjectNode baselineProperties(BaselineStatus baseline) {
        ObjectNode node = NODES.objectNode();
        node.put("source", baseline.source());
        node.put("entries", baseline.entries());
        node.put("baselined", baseline.accepted().size());
        ArrayNode stale = node.putArray("stale");
        for (BaselineEntry entry : baseline.stale()) {
            stale.addObject().put("fingerprint", entry.fingerprint()).put("ruleId", entry.ruleId())
                    .put("file", entry.file()).put("message", entry.message());
        }
        return node;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
