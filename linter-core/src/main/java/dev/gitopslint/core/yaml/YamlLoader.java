package dev.gitopslint.core.yaml;

import dev.gitopslint.core.source.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Loads YAML files into position-carrying trees. Never throws for bad input: every problem becomes a
 * {@link YamlProblem} with a position, and the documents that did load are kept.
 */
public final class YamlLoader {

    /** Streams at least twice this long are cut into parts of about this size, composed in parallel. */
    static final int CHUNK_CHARS = 1 << 20;
    /** Immutable once built, and costly to build (its resolver tables): one for every parse. */
    private static final CoreSchema SCHEMA = new CoreSchema();

    private final YamlLimits limits;
    private final Executor executor;
    private final int chunkChars;

    public YamlLoader(YamlLimits limits) {
        this(limits, null, CHUNK_CHARS);
    }

    /** A loader that composes the documents of a large multi-document file on {@code executor} too. */
    public YamlLoader(YamlLimits limits, Executor executor) {
        this(limits, executor, CHUNK_CHARS);
    }

    YamlLoader(YamlLimits limits, Executor executor, int chunkChars) {
        this.limits = limits;
        this.executor = executor;
        this.chunkChars = chunkChars;
    }

    public YamlFile load(String path, byte[] bytes) {
        return loadWithText(path, bytes).file();
    }

    /** A loaded file and its text (empty when the bytes are not a text the loader reads). */
    public record Loaded(YamlFile file, Optional<String> text) {
    }

    /** Like {@link #load}, keeping the decoded text too, so that callers need not decode it again. */
    public Loaded loadWithText(String path, byte[] bytes) {
        if (exceedsLimit(bytes.length)) {
            return new Loaded(tooLarge(path, bytes.length), Optional.empty());
        }
        SourceText.Decoded decoded = SourceText.decode(bytes);
        if (!decoded.ok()) {
            return new Loaded(unreadable(path, decoded.problemLine(), decoded.problem()), Optional.empty());
        }
        return new Loaded(parse(path, decoded.text()), Optional.of(decoded.text()));
    }

    public boolean exceedsLimit(long size) {
        return size > limits.maxFileBytes();
    }

    /** The result for a file over the size limit, so callers need not read it at all. */
    public YamlFile tooLarge(String path, long size) {
        return unreadable(path, 0, String.format(java.util.Locale.ROOT,
                "file is %,d bytes, over the %,d-byte limit: it is not loaded (raise maxFileSize in "
                        + ".gitops-lint.yaml if it is legitimate)", size, limits.maxFileBytes()));
    }

    public YamlFile parse(String path, String text) {
        if (executor != null) {
            List<DocumentChunks.Chunk> chunks = DocumentChunks.split(text, chunkChars);
            if (chunks.size() > 1) {
                Optional<YamlFile> composed = ChunkedComposition.compose(path, chunks, executor,
                        chunk -> compose(path, chunk.text(), chunk.lineOffset()));
                if (composed.isPresent()) {
                    return composed.get();
                }
            }
        }
        return compose(path, text, 0);
    }

    /**
     * The common subset of YAML through the fast reader; from the first document outside it on, the
     * general parser.
     */
    private YamlFile compose(String path, String text, int lineOffset) {
        BlockYamlFastPath.Result fast = BlockYamlFastPath.read(text, new EventComposer(path, limits, lineOffset));
        if (fast.complete()) {
            return fast.file();
        }
        YamlFile rest = parseGenerally(path, text.substring(fast.restartIndex()), lineOffset + fast.restartLine());
        if (fast.file().documents().isEmpty() && fast.file().problems().isEmpty()) {
            return rest;
        }
        return ChunkedComposition.concatenate(path, List.of(fast.file(), rest));
    }

    /**
     * With the general parser alone (the fast reader is compared with it in tests). After a document
     * refused for its depth it goes on from the next {@code ---} line: the parser's time grows with the
     * square of an open nesting's depth, and a hostile one-line document would otherwise hold up the run.
     */
    YamlFile parseGenerally(String path, String text, int lineOffset) {
        List<YamlFile> parts = new ArrayList<>();
        int from = 0;
        int lines = lineOffset;
        while (true) {
            EventComposer composer = new EventComposer(path, limits, lines);
            parts.add(composer.compose(new Parse(settings(path)).parseString(text.substring(from))));
            int next = composer.abandonedAtLine() < 0 ? -1
                    : DocumentChunks.nextDocumentStart(text, lineStart(text, from, composer.abandonedAtLine()) + 1);
            if (next < 0) {
                break;
            }
            lines += DocumentChunks.countLineFeeds(text, from, next);
            from = next;
        }
        return parts.size() == 1 ? parts.get(0) : ChunkedComposition.concatenate(path, parts);
    }

    /** The offset of the {@code line}-th line (from 0) after {@code from}. */
    private static int lineStart(String text, int from, int line) {
        int at = from;
        for (int i = 0; i < line && at >= 0; i++) {
            at = text.indexOf('\n', at);
            at = at < 0 ? -1 : at + 1;
        }
        return at < 0 ? text.length() : at;
    }

    private static LoadSettings settings(String path) {
        return LoadSettings.builder()
                .setLabel(path)
                .setSchema(SCHEMA)
                .setCodePointLimit(Integer.MAX_VALUE)
                .setParseComments(false)
                .setUseMarks(true)
                .build();
    }

    private static YamlFile unreadable(String path, int line, String message) {
        Position position = line == 0 ? Position.ofFile(path) : new Position(path, line, 1);
        return new YamlFile(path, List.of(), List.of(new YamlProblem(YamlProblem.Kind.UNREADABLE, position, message)));
    }
}
