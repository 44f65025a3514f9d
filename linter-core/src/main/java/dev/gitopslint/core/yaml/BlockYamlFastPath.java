package dev.gitopslint.core.yaml;

import java.util.Arrays;

/**
 * Reads the YAML most manifests are written in — block mappings and sequences, one-line plain and
 * quoted scalars, comments, one-line flow sequences of scalars, {@code {}}, {@code ---} between
 * documents — straight into an {@link EventComposer}, several times faster than the general parser.
 * It never decides anything the parser might decide differently: at the first line outside that subset
 * (anchors, aliases, tags, block or multi-line scalars, flow mappings with content, nested or multi-line
 * flow sequences, tabs, directives, anything malformed)
 * it stops and says from which document on the general parser has to take over. Documents before that
 * one are complete: a {@code ---} line at column 0 outside a multi-line scalar always ends a document.
 *
 * <p>SnakeYAML Engine stays the parser of record (DESIGN.md); this reader exists because parsing took
 * about half of the CPU time of linting a large stream, and rendered charts are read back the same way
 * (docs/benchmarks.md). YamlFastPathTest compares both readers, positions and problems included, on
 * every YAML file of the repository and on random mutations of them.
 */
final class BlockYamlFastPath {

    /** The characters that cannot start a plain scalar or key here (YAML's indicators, and more). */
    private static final String NOT_A_PLAIN_START = "-?:,[]{}#&*!|>'\"%@`";
    /** YAML's limit on the length of an implicit key. */
    private static final int MAX_KEY_LENGTH = 1024;

    /**
     * What was read: {@code file} holds the documents before {@code restartIndex} in the text (line
     * {@code restartLine}), where the general parser must go on; a restart index of -1 means all was read.
     */
    record Result(YamlFile file, int restartIndex, int restartLine) {
        boolean complete() {
            return restartIndex < 0;
        }
    }

    /** Leaves the subset: the reader goes back to the start of the current document. */
    private static final class OutsideSubset extends RuntimeException {
        private static final OutsideSubset INSTANCE = new OutsideSubset();

        private OutsideSubset() {
            super(null, null, false, false);
        }
    }

    private enum Pending { NONE, KEY_VALUE, ITEM }

    private final String text;
    private final EventComposer composer;

    private int lineStart;
    private int lineEnd;
    private int line;

    private int[] indents = new int[32];
    private boolean[] isMap = new boolean[32];
    private int depth;
    private boolean inDocument;
    private boolean rootDone;
    private int documentOffset;
    private int documentLine;

    /** A key or a dash with nothing after it: its value is on the lines below, or it is empty. */
    private Pending pending = Pending.NONE;
    private int pendingIndent;
    private int pendingLine;
    private int pendingColumn;

    private BlockYamlFastPath(String text, EventComposer composer) {
        this.text = text;
        this.composer = composer;
    }

    static Result read(String text, EventComposer composer) {
        if (!onlyPlainCharacters(text)) {
            return new Result(composer.finishedDocuments(), 0, 0);
        }
        return new BlockYamlFastPath(text, composer).read();
    }

    /**
     * No tab, carriage return, control, non-printable, byte-order-mark, surrogate (columns would count
     * differently) or extra line-break character anywhere: the parser would treat them specially.
     */
    private static boolean onlyPlainCharacters(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' : c >= 0x7F && !isPrintableAbove7E(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPrintableAbove7E(char c) {
        return (c >= 0xA0 && c < 0xD800 || c > 0xDFFF && c < 0xFEFF || c > 0xFEFF && c < 0xFFFE)
                && c != 0x2028 && c != 0x2029;
    }

    private Result read() {
        int position = 0;
        try {
            while (position < text.length()) {
                lineStart = position;
                int feed = text.indexOf('\n', position);
                lineEnd = feed < 0 ? text.length() : feed;
                readLine();
                position = lineEnd + 1;
                line++;
            }
            endDocument();
            return new Result(composer.result(), -1, -1);
        } catch (OutsideSubset e) {
            return new Result(composer.finishedDocuments(), documentOffset, documentLine);
        }
    }

    private void readLine() {
        int content = skipSpaces(lineStart);
        if (content == lineEnd || text.charAt(content) == '#') {
            return;
        }
        if (content == lineStart && isMarkerLine()) {
            return;
        }
        if (!inDocument) {
            startDocument(lineStart, content - lineStart);
        }
        boolean entry = isEntry(content);
        int colon = entry ? -1 : keyColon(content);
        if (!entry && colon < 0) {
            throw OutsideSubset.INSTANCE;
        }
        place(content - lineStart, entry);
        if (entry) {
            entry(content);
        } else {
            key(content, colon);
        }
    }

    /** A {@code ---} line starts a document; {@code ...} and directives are left to the parser. */
    private boolean isMarkerLine() {
        char first = text.charAt(lineStart);
        if (first == '%' || text.startsWith("...", lineStart)) {
            throw OutsideSubset.INSTANCE;
        }
        if (first != '-' || !text.startsWith("---", lineStart)) {
            return false;
        }
        int after = lineStart + 3;
        if (after < lineEnd && text.charAt(after) != ' ') {
            return false;
        }
        int rest = skipSpaces(after);
        if (rest < lineEnd && text.charAt(rest) != '#') {
            throw OutsideSubset.INSTANCE;
        }
        endDocument();
        startDocument(lineStart, 0);
        return true;
    }

    private void startDocument(int offset, int column) {
        documentOffset = offset;
        documentLine = line;
        composer.startDocument(line, column);
        inDocument = true;
        rootDone = false;
    }

    private void endDocument() {
        if (!inDocument) {
            return;
        }
        resolvePendingAsEmpty();
        while (depth > 0) {
            closeFrame();
        }
        composer.endDocument();
        inDocument = false;
    }

    /** Finds the collection a line at {@code indent} belongs to, opening and closing collections. */
    private void place(int indent, boolean entry) {
        if (pending != Pending.NONE) {
            if (indent > pendingIndent) {
                pending = Pending.NONE;
                openFrame(indent, !entry);
                return;
            }
            if (entry && pending == Pending.KEY_VALUE && indent == pendingIndent) {
                pending = Pending.NONE;
                openFrame(indent, false); // a sequence at its key's indentation
                return;
            }
            resolvePendingAsEmpty();
        }
        if (depth == 0) {
            if (rootDone) {
                throw OutsideSubset.INSTANCE;
            }
            rootDone = true;
            openFrame(indent, !entry);
            return;
        }
        while (depth > 0 && indents[depth - 1] > indent) {
            closeFrame();
        }
        if (depth == 0 || indents[depth - 1] != indent) {
            throw OutsideSubset.INSTANCE;
        }
        if (!entry && !isMap[depth - 1] && depth >= 2 && isMap[depth - 2] && indents[depth - 2] == indent) {
            closeFrame(); // a key after a sequence at its key's indentation ends that sequence
        }
        if (isMap[depth - 1] == entry) {
            throw OutsideSubset.INSTANCE;
        }
    }

    private void openFrame(int indent, boolean map) {
        if (depth == indents.length) {
            indents = Arrays.copyOf(indents, depth * 2);
            isMap = Arrays.copyOf(isMap, depth * 2);
        }
        indents[depth] = indent;
        isMap[depth] = map;
        depth++;
        if (map) {
            composer.startMapping(line, indent);
        } else {
            composer.startSequence(line, indent);
        }
    }

    private void closeFrame() {
        depth--;
        composer.endCollection();
    }

    private void resolvePendingAsEmpty() {
        if (pending != Pending.NONE) {
            pending = Pending.NONE;
            composer.scalar("", true, pendingLine, pendingColumn);
        }
    }

    /** {@code key: value}, {@code key:} with the value below, at {@code start}. */
    private void key(int start, int colon) {
        if (text.charAt(start) == '"' || text.charAt(start) == '\'') {
            composer.scalar(quoted(start, colon), false, line, start - lineStart);
        } else {
            composer.scalar(text.substring(start, colon), true, line, start - lineStart);
        }
        int value = skipSpaces(colon + 1);
        if (value == lineEnd || text.charAt(value) == '#') {
            expectBelow(Pending.KEY_VALUE, indents[depth - 1], colon + 1);
        } else {
            value(value);
        }
    }

    /** {@code - item}, {@code - key: value} (a mapping in the item), {@code -} with the item below. */
    private void entry(int dash) {
        int item = skipSpaces(dash + 1);
        if (item == lineEnd || text.charAt(item) == '#') {
            expectBelow(Pending.ITEM, dash - lineStart, dash + 1);
        } else if (isEntry(item)) {
            throw OutsideSubset.INSTANCE; // "- - x": left to the parser
        } else if (keyColon(item) >= 0) {
            openFrame(item - lineStart, true);
            key(item, keyColon(item));
        } else {
            value(item);
        }
    }

    private void expectBelow(Pending kind, int indent, int emptyValueAt) {
        pending = kind;
        pendingIndent = indent;
        pendingLine = line;
        pendingColumn = emptyValueAt - lineStart;
    }

    /** A value that ends on its line: a quoted or plain scalar, {@code []} or {@code {}}. */
    private void value(int start) {
        char first = text.charAt(start);
        int column = start - lineStart;
        if (first == '"' || first == '\'') {
            int end = closingQuote(start);
            composer.scalar(quoted(start, end + 1), false, line, column);
            requireLineEnd(end + 1);
        } else if (first == '[') {
            flowSequence(start);
        } else if (first == '{') {
            if (start + 1 >= lineEnd || text.charAt(start + 1) != '}') {
                throw OutsideSubset.INSTANCE;
            }
            composer.startMapping(line, column);
            composer.endCollection();
            requireLineEnd(start + 2);
        } else {
            composer.scalar(plainValue(start), true, line, column);
        }
    }

    /** {@code [a, "b", 'c']} on one line: quoted scalars and plain ones without flow indicators or colons. */
    private void flowSequence(int start) {
        composer.startSequence(line, start - lineStart);
        int at = skipSpaces(start + 1);
        boolean empty = at < lineEnd && text.charAt(at) == ']';
        while (!empty) {
            at = skipSpaces(flowItem(at));
            if (at >= lineEnd || text.charAt(at) != ',' && text.charAt(at) != ']') {
                throw OutsideSubset.INSTANCE;
            }
            if (text.charAt(at) == ']') {
                break;
            }
            at = skipSpaces(at + 1);
        }
        composer.endCollection();
        requireLineEnd(at + 1);
    }

    /** Reads the item at {@code start} of a flow sequence and answers where it ends. */
    private int flowItem(int start) {
        if (start >= lineEnd) {
            throw OutsideSubset.INSTANCE;
        }
        char first = text.charAt(start);
        if (first == '"' || first == '\'') {
            int end = closingQuote(start) + 1;
            composer.scalar(quoted(start, end), false, line, start - lineStart);
            return end;
        }
        if (!canStartPlain(start) || first == '-' && !Character.isLetterOrDigit(text.charAt(start + 1))) {
            throw OutsideSubset.INSTANCE;
        }
        int end = start;
        while (end < lineEnd && text.charAt(end) != ',' && text.charAt(end) != ']') {
            if ("[{}#:".indexOf(text.charAt(end)) >= 0) {
                throw OutsideSubset.INSTANCE;
            }
            end++;
        }
        int valueEnd = end;
        while (text.charAt(valueEnd - 1) == ' ') {
            valueEnd--;
        }
        composer.scalar(text.substring(start, valueEnd), true, line, start - lineStart);
        return end;
    }

    private String plainValue(int start) {
        if (!canStartPlain(start)) {
            throw OutsideSubset.INSTANCE;
        }
        int end = lineEnd;
        for (int i = start + 1; i < lineEnd; i++) {
            char c = text.charAt(i);
            if (c == '#' && text.charAt(i - 1) == ' ') {
                end = i;
                break;
            }
            if (c == ':' && (i + 1 == lineEnd || text.charAt(i + 1) == ' ')) {
                throw OutsideSubset.INSTANCE; // a mapping where a scalar was expected
            }
        }
        while (text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * The index of the {@code :} that ends a key starting at {@code start} (after its closing quote, or
     * the first one followed by a space or the line's end), or -1 when the line is not a key.
     */
    private int keyColon(int start) {
        char first = text.charAt(start);
        int colon;
        if (first == '"' || first == '\'') {
            colon = closingQuote(start) + 1;
            if (colon >= lineEnd || text.charAt(colon) != ':') {
                return -1;
            }
        } else {
            if (!canStartPlain(start)) {
                return -1;
            }
            colon = -1;
            for (int i = start + 1; i < lineEnd; i++) {
                char c = text.charAt(i);
                if (c == ':' && (i + 1 == lineEnd || text.charAt(i + 1) == ' ')) {
                    colon = i;
                    break;
                }
                if (c == '#' && text.charAt(i - 1) == ' ') {
                    return -1;
                }
            }
            if (colon < 0 || text.charAt(colon - 1) == ' ') {
                return -1;
            }
        }
        if (colon - start > MAX_KEY_LENGTH || colon + 1 < lineEnd && text.charAt(colon + 1) != ' ') {
            return -1;
        }
        return colon;
    }

    private boolean canStartPlain(int start) {
        char first = text.charAt(start);
        return NOT_A_PLAIN_START.indexOf(first) < 0
                || first == '-' && start + 1 < lineEnd && text.charAt(start + 1) != ' ';
    }

    private boolean isEntry(int at) {
        return text.charAt(at) == '-' && (at + 1 == lineEnd || text.charAt(at + 1) == ' ');
    }

    /** The index of the quote closing the one at {@code start} on this line. */
    private int closingQuote(int start) {
        char quote = text.charAt(start);
        for (int i = start + 1; i < lineEnd; i++) {
            char c = text.charAt(i);
            if (c == quote) {
                if (quote == '\'' && i + 1 < lineEnd && text.charAt(i + 1) == '\'') {
                    i++; // '' inside single quotes
                    continue;
                }
                return i;
            }
            if (c == '\\' && quote == '"') {
                i++;
            }
        }
        throw OutsideSubset.INSTANCE; // continues on the next line
    }

    /** The value of the quoted scalar from {@code start} to {@code end} (exclusive, after its quote). */
    private String quoted(int start, int end) {
        String body = text.substring(start + 1, end - 1);
        if (text.charAt(start) == '\'') {
            return body.replace("''", "'");
        }
        if (body.indexOf('\\') < 0) {
            return body;
        }
        String unescaped = DoubleQuotedEscapes.unescape(body);
        if (unescaped == null) {
            throw OutsideSubset.INSTANCE;
        }
        return unescaped;
    }

    private void requireLineEnd(int from) {
        int rest = skipSpaces(from);
        if (rest < lineEnd && (text.charAt(rest) != '#' || rest == from)) {
            throw OutsideSubset.INSTANCE;
        }
    }

    private int skipSpaces(int from) {
        int i = from;
        while (i < lineEnd && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
