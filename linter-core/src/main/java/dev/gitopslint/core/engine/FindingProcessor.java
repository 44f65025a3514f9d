package dev.gitopslint.core.engine;

import dev.gitopslint.core.config.IgnoreEntry;
import dev.gitopslint.core.config.LintConfig;
import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.finding.Related;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.finding.Target;
import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.suppress.SuppressionDirective;
import dev.gitopslint.core.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Turns raw rule output into the reported findings: applies configured severities, merges the same
 * defect reached through many apps into one finding, drops suppressed ones, fingerprints and sorts.
 */
final class FindingProcessor {

    private final LintConfig config;
    private final Workspace workspace;

    FindingProcessor(LintConfig config, Workspace workspace) {
        this.config = config;
        this.workspace = workspace;
    }

    record Processed(List<Finding> findings, int suppressed) {
    }

    Processed process(List<RawFinding> raw) {
        Map<String, Merged> merged = new LinkedHashMap<>();
        for (RawFinding finding : raw) {
            // One finding per rule and defect location: the same line reached through many apps, or through
            // both its values and its rendered objects, is reported once (the first message, in task order:
            // values rules come before manifest rules) with every app listed.
            String key = finding.rule().id() + "\u0000" + finding.location();
            merged.computeIfAbsent(key, k -> new Merged(finding)).add(finding);
        }
        List<Finding> kept = new ArrayList<>();
        int suppressed = 0;
        for (Merged m : merged.values()) {
            Optional<Finding> finding = unsuppressed(m.toFinding(severityOf(m.first)));
            if (finding.isPresent()) {
                kept.add(finding.get());
            } else {
                suppressed++;
            }
        }
        kept.sort(Finding.ORDER);
        return new Processed(fingerprint(kept), suppressed);
    }

    private Severity severityOf(RawFinding finding) {
        return config.rule(finding.rule().id()).severity()
                .or(finding::severity)
                .orElse(finding.rule().info().severity());
    }

    private Optional<Finding> unsuppressed(Finding finding) {
        Position at = finding.location();
        for (SuppressionDirective directive : workspace.suppressions()) {
            if (directive.hasReason() && directive.covers(finding.ruleId(), at.file(), at.line())) {
                return Optional.empty();
            }
        }
        SortedSet<Target> targets = new TreeSet<>(finding.targets());
        for (IgnoreEntry ignore : config.ignore()) {
            if (!matchesFileAndRule(ignore, finding)) {
                continue;
            }
            if (ignore.appGlob().isEmpty() && ignore.environmentGlob().isEmpty()) {
                return Optional.empty();
            }
            targets.removeIf(t -> glob(ignore.appGlob(), t.app()) && glob(ignore.environmentGlob(), t.environment()));
            if (targets.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(targets.size() == finding.targets().size() ? finding : finding.withTargets(targets));
    }

    private static boolean matchesFileAndRule(IgnoreEntry ignore, Finding finding) {
        return ignore.rule().map(r -> r.equals(finding.ruleId())).orElse(true)
                && glob(ignore.pathGlob(), finding.location().file());
    }

    private static boolean glob(Optional<String> pattern, String value) {
        if (pattern.isEmpty()) {
            return true;
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern.get());
        return !value.isEmpty() && matcher.matches(Path.of(value));
    }

    /**
     * A fingerprint survives unrelated edits: it hashes the rule, the file, the text of the reported line
     * and the message without line numbers — not the line number itself. Identical ones are numbered.
     */
    private List<Finding> fingerprint(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            String basis = finding.ruleId() + "\u0000" + finding.location().file() + "\u0000"
                    + workspace.lineText(finding.location().file(), finding.location().line()).strip() + "\u0000"
                    + finding.message().replaceAll(":\\d+(:\\d+)?", "").replaceAll("line \\d+", "line")
                    + "\u0000" + finding.apps();
            int occurrence = seen.merge(basis, 1, Integer::sum);
            out.add(finding.withFingerprint(sha256(basis + "\u0000" + occurrence)));
        }
        return out;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One defect location reached by one or more apps. */
    private static final class Merged {
        final RawFinding first;
        final SortedSet<Target> targets = new TreeSet<>();
        final SortedSet<Related> related = new TreeSet<>();

        Merged(RawFinding first) {
            this.first = first;
        }

        void add(RawFinding finding) {
            finding.target().ifPresent(targets::add);
            related.addAll(finding.related());
        }

        Finding toFinding(Severity severity) {
            return new Finding(first.rule().id(), severity, first.message(), first.location(),
                    List.copyOf(related), targets, "");
        }
    }
}
