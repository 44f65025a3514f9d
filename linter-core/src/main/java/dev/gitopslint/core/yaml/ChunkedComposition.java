package dev.gitopslint.core.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * Composes the parts of a large YAML stream ({@link DocumentChunks}) in parallel and joins them into
 * the file a single pass would have given: documents numbered in order, positions counted from the
 * top of the file. When a part cannot be trusted to compose as it would in a single pass — it has a
 * syntax error (a single pass stops there, with a message that may depend on what follows), or it
 * ends in a document whose root is a scalar (the parser may read a {@code ---} line into a top-level
 * block scalar) — the caller is told to compose the whole text in one pass instead.
 */
final class ChunkedComposition {

    private ChunkedComposition() {
    }

    static Optional<YamlFile> compose(String path, List<DocumentChunks.Chunk> chunks, Executor executor,
            Function<DocumentChunks.Chunk, YamlFile> composePart) {
        List<FutureTask<YamlFile>> tasks = new ArrayList<>();
        for (DocumentChunks.Chunk chunk : chunks) {
            FutureTask<YamlFile> task = new FutureTask<>(() -> composePart.apply(chunk));
            tasks.add(task);
            try {
                executor.execute(task);
            } catch (RejectedExecutionException e) {
                // run below by this thread
            }
        }
        // This thread composes every part no worker has started yet, so it never waits on a pool whose
        // workers are all busy (it may itself be one of them).
        tasks.forEach(FutureTask::run);
        List<YamlFile> parts = new ArrayList<>();
        for (FutureTask<YamlFile> task : tasks) {
            try {
                parts.add(task.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (ExecutionException e) {
                return Optional.empty();
            }
        }
        return join(path, parts);
    }

    private static Optional<YamlFile> join(String path, List<YamlFile> parts) {
        for (int i = 0; i < parts.size(); i++) {
            YamlFile part = parts.get(i);
            if (part.problems().stream().anyMatch(p -> p.kind() == YamlProblem.Kind.SYNTAX)) {
                return Optional.empty();
            }
            List<YamlDocument> partDocuments = part.documents();
            if (i < parts.size() - 1 && !partDocuments.isEmpty()
                    && partDocuments.get(partDocuments.size() - 1).root().filter(YamlScalar.class::isInstance)
                    .isPresent()) {
                return Optional.empty();
            }
        }
        return Optional.of(concatenate(path, parts));
    }

    /** The parts of a file, read one after the other, as one file: documents numbered in order. */
    static YamlFile concatenate(String path, List<YamlFile> parts) {
        List<YamlDocument> documents = new ArrayList<>();
        List<YamlProblem> problems = new ArrayList<>();
        for (YamlFile part : parts) {
            for (YamlDocument document : part.documents()) {
                documents.add(new YamlDocument(path, documents.size(), document.root(), document.start()));
            }
            problems.addAll(part.problems());
        }
        return new YamlFile(path, documents, problems);
    }
}
