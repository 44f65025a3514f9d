package dev.gitopslint.core.report;

import dev.gitopslint.core.baseline.BaselineEntry;
import dev.gitopslint.core.baseline.BaselineStatus;
import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.engine.Summary;
import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.finding.Target;
import java.io.IOException;
import java.io.Writer;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON output, version 1 of the design's format. Fields are only ever added: {@code fingerprint},
 * {@code targets} (every app/environment a shared finding concerns) and {@code baselined} come after the
 * documented ones; with a baseline, a top-level {@code baseline} object lists its stale entries.
 */
public final class JsonReporter implements Reporter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        ObjectNode root = NODES.objectNode();
        root.put("version", 1);
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : result.findings()) {
            findings.add(finding(finding).put("baselined", result.isBaselined(finding)));
        }
        root.set("summary", summary(result.summary()));
        result.baseline().ifPresent(b -> root.set("baseline", baseline(b)));
        out.write(MAPPER.writeValueAsString(root));
        out.write('\n');
    }

    private static ObjectNode finding(Finding finding) {
        ObjectNode node = NODES.objectNode();
        node.put("ruleId", finding.ruleId());
        node.put("severity", finding.severity().label());
        node.put("message", finding.message());
        node.put("file", finding.location().file());
        node.put("line", finding.location().line());
        node.put("column", finding.location().column());
        putOrNull(node, "app", finding.apps());
        putOrNull(node, "environment", finding.environments());
        ArrayNode related = node.putArray("related");
        for (Related r : finding.related()) {
            ObjectNode item = related.addObject();
            item.put("file", r.position().file());
            item.put("line", r.position().line());
            item.put("message", r.message());
        }
        node.put("fingerprint", finding.fingerprint());
        ArrayNode targets = node.putArray("targets");
        for (Target target : finding.targets()) {
            targets.addObject().put("app", target.app()).put("environment", target.environment());
        }
        return node;
    }

    private static void putOrNull(ObjectNode node, String field, String value) {
        if (value.isEmpty()) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static ObjectNode summary(Summary s) {
        ObjectNode node = NODES.objectNode();
        node.put("errors", s.errors());
        node.put("warnings", s.warnings());
        node.put("infos", s.infos());
        node.put("apps", s.apps());
        node.put("environments", s.environments());
        node.put("manifests", s.manifests());
        node.put("files", s.files());
        node.put("suppressed", s.suppressed());
        node.put("baselined", s.baselined());
        return node;
    }

    private static ObjectNode baseline(BaselineStatus baseline) {
        ObjectNode node = NODES.objectNode();
        node.put("file", baseline.source());
        node.put("entries", baseline.entries());
        node.put("baselined", baseline.accepted().size());
        ArrayNode stale = node.putArray("stale");
        for (BaselineEntry entry : baseline.stale()) {
            stale.addObject().put("fingerprint", entry.fingerprint()).put("ruleId", entry.ruleId())
                    .put("file", entry.file()).put("message", entry.message());
        }
        return node;
    }
}
