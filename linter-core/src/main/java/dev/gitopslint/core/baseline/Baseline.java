package dev.gitopslint.core.baseline;

import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.finding.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Findings a team has accepted for now, identified by fingerprint so that they stay matched when
 * unrelated edits move them. Entries are kept sorted, one per fingerprint, so the file diffs cleanly.
 */
public record Baseline(List<BaselineEntry> entries) {

    public Baseline {
        Map<String, BaselineEntry> unique = new LinkedHashMap<>();
        entries.stream().sorted().forEach(e -> unique.putIfAbsent(e.fingerprint(), e));
        entries = List.copyOf(unique.values());
    }

    /** Every finding of a run, baselined or not: the baseline a team commits to start from. */
    public static Baseline of(LintResult result) {
        return new Baseline(result.findings().stream().map(BaselineEntry::of).toList());
    }

    public Set<String> fingerprints() {
        Set<String> fingerprints = new TreeSet<>();
        entries.forEach(e -> fingerprints.add(e.fingerprint()));
        return fingerprints;
    }

    /**
     * The result with this baseline applied: findings whose fingerprint is listed are baselined (they no
     * longer fail the run), entries no finding matched are stale. {@code source} names the baseline in
     * reports, e.g. the file it was read from.
     */
    public LintResult applyTo(LintResult result, String source) {
        Set<String> listed = fingerprints();
        Set<String> accepted = new TreeSet<>();
        for (Finding finding : result.findings()) {
            if (listed.contains(finding.fingerprint())) {
                accepted.add(finding.fingerprint());
            }
        }
        List<BaselineEntry> stale = new ArrayList<>();
        for (BaselineEntry entry : entries) {
            if (!accepted.contains(entry.fingerprint())) {
                stale.add(entry);
            }
        }
        return result.withBaseline(new BaselineStatus(source, entries.size(), accepted, stale));
    }
}
