package dev.gitopslint.rules.values;

import dev.gitopslint.core.source.Position;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The values key paths a chart can read, as a tree: a node exists for every path some evidence shows
 * (values.yaml, a template reference, the schema), and a node marked "everything below" covers any key
 * under it (a template reading {@code .Values.a} can read all of {@code a}). A root marked so means the
 * chart may read anything: nothing can be called unused.
 */
final class ReadableKeys {

    /** How a key path relates to what the chart reads. */
    enum Reach {
        /** The path and everything below it can be read. */
        COVERED,
        /** The path is known, but only some keys below it are: look at each key set below. */
        PARTIAL,
        /** Nothing shows the chart reads this path. */
        UNREAD,
        /**
         * The chart's schema forbids the key (an object without additional properties): Helm refuses to
         * render, which the schema rule reports.
         */
        FORBIDDEN
    }

    /**
     * The place that shows the chart reads a path, worked out only when a message needs it (most never
     * do, and finding a line in a template or schema costs more than the whole lookup).
     */
    @FunctionalInterface
    interface Evidence {
        Position position();

        static Evidence at(Position position) {
            return position == null ? null : () -> position;
        }
    }

    /** A known path with the first place that shows the chart reads it ({@code null} when none is known). */
    record KnownPath(List<String> path, Evidence evidence) {

        Position position() {
            return evidence == null ? null : evidence.position();
        }
    }

    private static final class Node {
        final Map<String, Node> children = new LinkedHashMap<>();
        final List<Pattern> patterns = new ArrayList<>();
        boolean everything;
        boolean closed;
        Evidence evidence;
    }

    private final Node root = new Node();
    /** Top-level keys worth recording; {@code null}: all. Narrowing the model to what is asked keeps it cheap. */
    private final Set<String> focus;

    ReadableKeys() {
        this(null);
    }

    /** A model that records only paths under the top-level keys in {@code focus} (and whole-values reads). */
    ReadableKeys(Set<String> focus) {
        this.focus = focus == null ? null : Set.copyOf(focus);
    }

    /** Whether paths starting with {@code topLevelKey} are recorded at all. */
    boolean wants(String topLevelKey) {
        return focus == null || focus.contains(topLevelKey);
    }

    /** The chart reads {@code path} (and so the path's parents), without saying anything about its children. */
    void add(List<String> path, Evidence evidence) {
        nodeAt(path, evidence);
    }

    /** The chart reads {@code path} and everything below it; an empty path means all values. */
    void addEverythingBelow(List<String> path, Evidence evidence) {
        nodeAt(path, evidence).everything = true;
    }

    /** Any key under {@code parent} whose name matches {@code pattern} can be read (schema patternProperties). */
    void addPattern(List<String> parent, Pattern pattern, Evidence evidence) {
        nodeAt(parent, evidence).patterns.add(pattern);
    }

    /** The schema allows no keys under {@code path} but the ones it declares. */
    void close(List<String> path) {
        nodeAt(path, null).closed = true;
    }

    /** Puts every path {@code other} knows under {@code prefix}: a subchart's keys under its name. */
    void mount(List<String> prefix, ReadableKeys other) {
        if (!prefix.isEmpty() && !wants(prefix.get(0))) {
            return;
        }
        Node target = nodeAt(prefix, other.root.evidence);
        merge(target, other.root);
    }

    boolean readsEverything() {
        return root.everything;
    }

    Reach reach(List<String> path) {
        Node node = root;
        for (String segment : path) {
            if (node.everything) {
                return Reach.COVERED;
            }
            Node child = node.children.get(segment);
            if (child == null) {
                if (matchesPattern(node, segment)) {
                    return Reach.COVERED;
                }
                return node.closed ? Reach.FORBIDDEN : Reach.UNREAD;
            }
            node = child;
        }
        return node.everything ? Reach.COVERED : Reach.PARTIAL;
    }

    /** Every path known below the root, parents first, for suggestions. */
    List<KnownPath> knownPaths(int limit) {
        List<KnownPath> found = new ArrayList<>();
        Deque<Map.Entry<List<String>, Node>> queue = new ArrayDeque<>();
        queue.add(Map.entry(List.of(), root));
        while (!queue.isEmpty() && found.size() < limit) {
            Map.Entry<List<String>, Node> current = queue.poll();
            for (Map.Entry<String, Node> child : current.getValue().children.entrySet()) {
                List<String> path = new ArrayList<>(current.getKey());
                path.add(child.getKey());
                List<String> childPath = List.copyOf(path);
                found.add(new KnownPath(childPath, child.getValue().evidence));
                queue.add(Map.entry(childPath, child.getValue()));
            }
        }
        return found;
    }

    private Node nodeAt(List<String> path, Evidence evidence) {
        if (!path.isEmpty() && !wants(path.get(0))) {
            return new Node();
        }
        Node node = root;
        for (String segment : path) {
            node = node.children.computeIfAbsent(segment, s -> new Node());
            if (node.evidence == null) {
                node.evidence = evidence;
            }
        }
        return node;
    }

    private static boolean matchesPattern(Node node, String segment) {
        for (Pattern pattern : node.patterns) {
            if (pattern.matcher(segment).find()) {
                return true;
            }
        }
        return false;
    }

    private static void merge(Node target, Node source) {
        target.everything |= source.everything;
        target.closed |= source.closed;
        target.patterns.addAll(source.patterns);
        if (target.evidence == null) {
            target.evidence = source.evidence;
        }
        for (Map.Entry<String, Node> child : source.children.entrySet()) {
            Node into = target.children.computeIfAbsent(child.getKey(), k -> new Node());
            merge(into, child.getValue());
        }
    }
}
