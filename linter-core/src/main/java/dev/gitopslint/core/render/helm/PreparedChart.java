package dev.gitopslint.core.render.helm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copy of a chart that renders like {@code helm template --include-crds} through helm-java, which
 * lacks hooks, CRDs and dependency building:
 * <ul>
 * <li>hook keys are masked ({@link HookMask}); subchart archives that contain one are unpacked;</li>
 * <li>with CRDs included, every {@code crds/} file of every (sub)chart gets a template that prints it
 * raw ({@code .Files.Get}). Helm renders a subchart's templates only when the subchart is enabled, which
 * is exactly when {@code --include-crds} prints its CRDs. The output names the template
 * {@code <chart>/templates/gitopslint-crd-N.yaml}; {@link #restoreSources} turns that back into
 * {@code <chart>/crds/<file>} as Helm prints it;</li>
 * <li>declared {@code file://} dependencies missing from {@code charts/} are copied in, as
 * {@code helm dependency build} would do, without any repository or network access.</li>
 * </ul>
 *
 * @param directory  the copy, to hand to Helm
 * @param crdSources wrapper template file name to the {@code crds/} path it prints
 */
record PreparedChart(Path directory, Map<String, String> crdSources) {

    private static final String CRD_TEMPLATE_PREFIX = "gitopslint-crd-";
    private static final Pattern CRD_SOURCE = Pattern.compile(
            "^(# Source: .*?)/templates/(" + CRD_TEMPLATE_PREFIX + "\\d+\\.yaml)$", Pattern.MULTILINE);
    private static final int MAX_LOCAL_DEPENDENCY_DEPTH = 10;

    static PreparedChart write(ChartTree chart, Path target, boolean includeCrds) throws IOException {
        Writer writer = new Writer(includeCrds);
        writer.write(chart, target, 0);
        return new PreparedChart(target, Map.copyOf(writer.crdSources));
    }

    /** Rewrites the {@code # Source:} lines of CRD wrapper templates to the CRD files they print. */
    String restoreSources(String rendered) {
        if (crdSources.isEmpty() || rendered == null) {
            return rendered;
        }
        Matcher matcher = CRD_SOURCE.matcher(rendered);
        StringBuilder out = new StringBuilder(rendered.length());
        while (matcher.find()) {
            String original = crdSources.get(matcher.group(2));
            String replacement = original == null ? matcher.group() : matcher.group(1) + "/" + original;
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static final class Writer {
        private final boolean includeCrds;
        private final Map<String, String> crdSources = new LinkedHashMap<>();

        Writer(boolean includeCrds) {
            this.includeCrds = includeCrds;
        }

        void write(ChartTree chart, Path target, int depth) throws IOException {
            for (Map.Entry<String, byte[]> file : chart.files().entrySet()) {
                if (file.getKey().equals(ChartTree.VALUES_SCHEMA) && ChartTree.referencesRemoteSchemas(file.getValue())) {
                    continue; // Helm would fetch the remote $refs: no network while rendering
                }
                writeFile(target.resolve(file.getKey()), HookMask.mask(file.getValue()));
            }
            Set<String> usedEntries = new HashSet<>();
            for (ChartTree.Subchart sub : chart.subcharts()) {
                usedEntries.add(sub.entry());
            }
            for (ChartTree.Subchart sub : chart.subcharts()) {
                Path entry = target.resolve("charts").resolve(sub.entry());
                if (!sub.isArchive()) {
                    write(sub.chart(), entry, depth);
                } else if (sub.chart().needsPreparedCopy(includeCrds)) {
                    // Unpacked next to where the archive was; Helm loads a directory the same way.
                    String unpacked = sub.entry().substring(0, sub.entry().length() - ".tgz".length()) + "-tgz";
                    usedEntries.add(unpacked);
                    write(sub.chart(), target.resolve("charts").resolve(unpacked), depth);
                } else {
                    writeFile(entry, sub.archive());
                }
            }
            if (includeCrds) {
                addCrdTemplates(chart, target);
            }
            copyLocalDependencies(chart, target, usedEntries, depth);
        }

        private void addCrdTemplates(ChartTree chart, Path target) throws IOException {
            for (String crd : chart.crdFiles()) {
                String name = CRD_TEMPLATE_PREFIX + (crdSources.size() + 1) + ".yaml";
                crdSources.put(name, crd);
                String template = "{{ .Files.Get " + GoStrings.quote(crd) + " }}";
                writeFile(target.resolve("templates").resolve(name), template.getBytes(StandardCharsets.UTF_8));
            }
        }

        private void copyLocalDependencies(ChartTree chart, Path target, Set<String> usedEntries, int depth)
                throws IOException {
            List<ChartMetadata.Dependency> local = chart.unvendoredLocalDependencies();
            if (local.isEmpty() || chart.directory() == null) {
                return;
            }
            if (depth >= MAX_LOCAL_DEPENDENCY_DEPTH) {
                throw new IOException("file:// dependencies nested deeper than " + MAX_LOCAL_DEPENDENCY_DEPTH
                        + " levels under " + chart.directory());
            }
            for (ChartMetadata.Dependency dependency : local) {
                Path source = chart.directory().resolve(dependency.localPath()).normalize();
                if (!Files.isRegularFile(source.resolve(ChartMetadata.CHART_FILE))) {
                    continue; // Helm reports the dependency as missing from charts/.
                }
                String entry = dependency.name() + "-file-dependency";
                for (int n = 2; usedEntries.contains(entry); n++) {
                    entry = dependency.name() + "-file-dependency-" + n;
                }
                usedEntries.add(entry);
                write(ChartTree.read(source), target.resolve("charts").resolve(entry), depth + 1);
            }
        }

        private static void writeFile(Path file, byte[] content) throws IOException {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        }
    }
}
