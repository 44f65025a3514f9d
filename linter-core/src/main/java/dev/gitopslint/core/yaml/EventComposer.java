package dev.gitopslint.core.yaml;

import dev.gitopslint.core.source.Position;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Builds {@link YamlNode} trees from parser events with an explicit stack instead of recursion, so
 * that nesting depth, alias expansion and duplicate keys are all checked while building, and a hostile
 * document is refused before anything walks it. One instance composes one file.
 */
final class EventComposer {

    private static final String MERGE_KEY = "<<";
    private static final int CANONICAL_MAX_LENGTH = 64;
    private static final int CANONICAL_MAX_ENTRIES = 1 << 14;

    private final String file;
    private final YamlLimits limits;
    private final int lineOffset;
    private final List<YamlDocument> documents = new ArrayList<>();
    private final List<YamlProblem> problems = new ArrayList<>();

    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Map<String, YamlNode> anchors = new HashMap<>();
    private final Map<String, String> canonical = new HashMap<>();
    private YamlNode root;
    private Position documentStart;
    private int problemsBeforeDocument;
    private int abandonedAtLine = -1;
    /** While > 0 the current document was refused and its events are only counted until it ends. */
    private int skipDepth;
    private boolean skipping;

    EventComposer(String file, YamlLimits limits) {
        this(file, limits, 0);
    }

    /** For a part of a file that starts after {@code lineOffset} lines: positions count from the file's top. */
    EventComposer(String file, YamlLimits limits, int lineOffset) {
        this.file = file;
        this.limits = limits;
        this.lineOffset = lineOffset;
    }

    YamlFile compose(Iterable<Event> events) {
        Iterator<Event> iterator = events.iterator();
        Event last = null;
        try {
            while (abandonedAtLine < 0 && iterator.hasNext()) {
                last = iterator.next();
                accept(last);
            }
        } catch (NumberFormatException e) {
            // The parser lets this out for a \U escape above 7FFFFFFF; it fails on what follows the last event.
            problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX, last == null ? new Position(file, 1, 1)
                    : positionOf(last), "YAML syntax error: an escape sequence after this point is out of range ("
                    + e.getMessage() + ")"));
        } catch (MarkedYamlEngineException e) {
            Mark mark = whereToFix(e);
            problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX, positionOf(mark), syntaxMessage(e)));
        } catch (YamlEngineException e) {
            problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX, new Position(file, 1, 1),
                    "YAML syntax error: " + e.getMessage()));
        }
        return result();
    }

    /**
     * The line (from 0, within this part) of a document refused for its depth, or -1. The parser's
     * events stop there: it slows down with every level of an open nesting, so the caller goes on
     * with the next document instead (see YamlLoader).
     */
    int abandonedAtLine() {
        return abandonedAtLine;
    }

    /** The documents and problems so far. */
    YamlFile result() {
        return new YamlFile(file, documents, problems);
    }

    /** The documents finished so far, with the problems found before the current document started. */
    YamlFile finishedDocuments() {
        return new YamlFile(file, documents, problems.subList(0, problemsBeforeDocument));
    }

    private void accept(Event event) {
        switch (event.getEventId()) {
            case DocumentStart -> startDocument(positionOf(event));
            case DocumentEnd -> endDocument();
            case MappingStart -> open(new MapFrame(positionOf(event), anchorOf(event)));
            case SequenceStart -> open(new SeqFrame(positionOf(event), anchorOf(event)));
            case MappingEnd, SequenceEnd -> close();
            case Scalar -> scalar((ScalarEvent) event);
            case Alias -> alias((AliasEvent) event);
            default -> {
                // stream markers and comments carry nothing to build
            }
        }
    }

    // The same building steps for a reader that has no parser events (BlockYamlFastPath). Lines and
    // columns count from 0 within the part, as the parser's marks do.

    void startDocument(int line, int column) {
        startDocument(positionAt(line, column));
    }

    void startMapping(int line, int column) {
        open(new MapFrame(positionAt(line, column), Optional.empty()));
    }

    void startSequence(int line, int column) {
        open(new SeqFrame(positionAt(line, column), Optional.empty()));
    }

    void endCollection() {
        close();
    }

    void scalar(String value, boolean plain, int line, int column) {
        if (!skipping) {
            YamlScalar.Kind kind = plain ? ScalarResolution.kindOfPlain(value) : YamlScalar.Kind.STRING;
            attach(newScalar(kind, value, !plain, line, column));
        }
    }

    private void startDocument(Position start) {
        stack.clear();
        anchors.clear();
        root = null;
        skipping = false;
        skipDepth = 0;
        documentStart = start;
        problemsBeforeDocument = problems.size();
    }

    void endDocument() {
        if (!skipping) {
            Optional<YamlNode> content = Optional.ofNullable(root).filter(r -> !isEmptyDocument(r));
            documents.add(new YamlDocument(file, documents.size(), content, documentStart));
        }
        skipping = false;
    }

    private static boolean isEmptyDocument(YamlNode node) {
        return node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.NULL && s.text().isEmpty();
    }

    private void open(Frame frame) {
        if (skipping) {
            skipDepth++;
            return;
        }
        if (stack.size() >= limits.maxDepth()) {
            refuse(frame.position, "nesting deeper than " + limits.maxDepth()
                    + " levels: the document is not loaded");
            skipDepth = 1;
            abandonedAtLine = frame.position.line() - lineOffset - 1;
            return;
        }
        stack.push(frame);
    }

    private void close() {
        if (skipping) {
            skipDepth--;
            return;
        }
        Frame frame = stack.pop();
        YamlNode node = frame.build(this);
        if (node.expandedSize() > limits.maxExpandedNodes()) {
            refuse(frame.position, "the document expands to more than " + limits.maxExpandedNodes()
                    + " nodes through aliases (an alias bomb?): it is not loaded");
            skipDepth = stack.size();
            stack.clear();
            return;
        }
        frame.anchor.ifPresent(a -> anchors.put(a.getValue(), node));
        attach(node);
    }

    private void scalar(ScalarEvent event) {
        if (skipping) {
            return;
        }
        Mark mark = event.getStartMark().orElse(null);
        YamlScalar node = newScalar(ScalarResolution.kindOf(event), event.getValue(), !event.isPlain(),
                mark == null ? 0 : mark.getLine(), mark == null ? 0 : mark.getColumn());
        anchorOf(event).ifPresent(a -> anchors.put(a.getValue(), node));
        attach(node);
    }

    private YamlScalar newScalar(YamlScalar.Kind kind, String value, boolean quoted, int line, int column) {
        String text = canonical(value);
        return new YamlScalar(kind, ScalarResolution.valueOf(kind, text), text, quoted, file,
                lineOffset + line + 1, column + 1);
    }

    /**
     * One string for each repeated short text: a file of many similar objects repeats its keys and most
     * of its values, and keeping a copy per occurrence was a large share of a loaded file's memory.
     */
    private String canonical(String text) {
        if (text.length() > CANONICAL_MAX_LENGTH) {
            return text;
        }
        String known = canonical.get(text);
        if (known != null) {
            return known;
        }
        if (canonical.size() < CANONICAL_MAX_ENTRIES) {
            canonical.put(text, text);
        }
        return text;
    }

    private void alias(AliasEvent event) {
        if (skipping) {
            return;
        }
        String name = event.getAlias().getValue();
        YamlNode target = anchors.get(name);
        if (target == null) {
            problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX, positionOf(event),
                    "alias *" + name + " refers to no anchor defined before it"));
            target = new YamlScalar(YamlScalar.Kind.NULL, null, "", false, positionOf(event));
        }
        attach(target);
    }

    private void attach(YamlNode node) {
        Frame parent = stack.peek();
        if (parent == null) {
            root = node;
        } else {
            parent.add(node, this);
        }
    }

    private void refuse(Position position, String message) {
        problems.add(new YamlProblem(YamlProblem.Kind.UNSAFE, position, message));
        skipping = true;
    }

    void duplicateKey(YamlScalar key, YamlScalar first) {
        problems.add(new YamlProblem(YamlProblem.Kind.DUPLICATE_KEY, key.position(),
                "key '" + key.text() + "' is defined twice (first at line " + first.position().line()
                        + "); the later value wins, the earlier one is silently ignored"));
    }

    private Position positionOf(Event event) {
        return positionOf(event.getStartMark().orElse(null));
    }

    private Position positionOf(Mark mark) {
        return mark == null ? new Position(file, 1, 1) : positionAt(mark.getLine(), mark.getColumn());
    }

    private Position positionAt(int line, int column) {
        return new Position(file, lineOffset + line + 1, column + 1);
    }

    private static Optional<Anchor> anchorOf(Event event) {
        return event instanceof NodeEvent n ? n.getAnchor() : Optional.empty();
    }

    /**
     * Usually where the parser stopped; but for an unclosed quote or flow collection the parser stops at
     * the end of the file, while the fix belongs where it was opened.
     */
    private static Mark whereToFix(MarkedYamlEngineException e) {
        String context = e.getContext() == null ? "" : e.getContext();
        if (e.getContextMark().isPresent()
                && (context.contains("quoted scalar") || context.contains("flow"))) {
            return e.getContextMark().get();
        }
        return e.getProblemMark().or(e::getContextMark).orElse(null);
    }

    private String syntaxMessage(MarkedYamlEngineException e) {
        StringBuilder message = new StringBuilder("YAML syntax error: ");
        message.append(e.getProblem() == null ? "invalid YAML" : e.getProblem());
        if (e.getContext() != null) {
            message.append(" (").append(e.getContext());
            e.getContextMark().ifPresent(m -> message.append(" at line ").append(lineOffset + m.getLine() + 1));
            message.append(')');
        }
        return message.toString();
    }

    private abstract static class Frame {
        final Position position;
        final Optional<Anchor> anchor;

        Frame(Position position, Optional<Anchor> anchor) {
            this.position = position;
            this.anchor = anchor;
        }

        abstract void add(YamlNode node, EventComposer composer);

        abstract YamlNode build(EventComposer composer);
    }

    private static final class SeqFrame extends Frame {
        private final List<YamlNode> items = new ArrayList<>();

        SeqFrame(Position position, Optional<Anchor> anchor) {
            super(position, anchor);
        }

        @Override
        void add(YamlNode node, EventComposer composer) {
            items.add(node);
        }

        @Override
        YamlNode build(EventComposer composer) {
            return new YamlSeq(items, position);
        }
    }

    private static final class MapFrame extends Frame {
        /** Up to this many entries duplicates are found by scanning: most mappings are small. */
        private static final int SCAN_LIMIT = 8;

        private final List<YamlEntry> entries = new ArrayList<>();
        /** Made only for large mappings (see {@link #indexOf}). */
        private Map<String, Integer> indexByKey;
        private List<YamlMap> merged;
        private YamlScalar pendingKey;

        MapFrame(Position position, Optional<Anchor> anchor) {
            super(position, anchor);
        }

        @Override
        void add(YamlNode node, EventComposer composer) {
            if (pendingKey == null) {
                pendingKey = node instanceof YamlScalar s ? s
                        : YamlScalar.string("<complex key>", node.position());
                return;
            }
            YamlScalar key = pendingKey;
            pendingKey = null;
            if (MERGE_KEY.equals(key.text()) && !key.quoted() && addMerge(node)) {
                return;
            }
            int existing = indexOf(key.text());
            if (existing >= 0) {
                composer.duplicateKey(key, entries.get(existing).key());
                entries.set(existing, new YamlEntry(key, node));
            } else {
                add(new YamlEntry(key, node));
            }
        }

        private int indexOf(String key) {
            if (indexByKey != null) {
                return indexByKey.getOrDefault(key, -1);
            }
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).name().equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        private void add(YamlEntry entry) {
            entries.add(entry);
            if (indexByKey == null && entries.size() > SCAN_LIMIT) {
                indexByKey = new HashMap<>();
                for (int i = 0; i < entries.size(); i++) {
                    indexByKey.put(entries.get(i).name(), i);
                }
            } else if (indexByKey != null) {
                indexByKey.put(entry.name(), entries.size() - 1);
            }
        }

        /** YAML merge keys ({@code <<: *base}), which Helm's YAML reader honours too. */
        private boolean addMerge(YamlNode node) {
            if (merged == null) {
                merged = new ArrayList<>();
            }
            if (node instanceof YamlMap map) {
                merged.add(map);
                return true;
            }
            if (node instanceof YamlSeq seq && seq.items().stream().allMatch(YamlMap.class::isInstance)) {
                seq.items().forEach(item -> merged.add((YamlMap) item));
                return true;
            }
            return false;
        }

        @Override
        YamlNode build(EventComposer composer) {
            if (merged != null) {
                for (YamlMap source : merged) {
                    for (YamlEntry entry : source.entries()) {
                        if (indexOf(entry.name()) < 0) {
                            add(entry);
                        }
                    }
                }
            }
            return new YamlMap(entries, position);
        }
    }
}
