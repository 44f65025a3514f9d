package dev.gitopslint.core.render;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code kustomize build} with a {@code kustomize} or {@code kubectl} binary found on PATH. The
 * binaries are not bundled: without one, kustomize sources are reported as not rendered.
 */
final class KustomizeBuild {

    private static final long TIMEOUT_SECONDS = 60;

    /** Rendered text, or the reason it could not be produced; {@code toolMissing} when no binary exists. */
    record Result(String output, String error, boolean toolMissing) {
    }

    private KustomizeBuild() {
    }

    static Optional<List<String>> command(Path directory) {
        return onPath("kustomize").map(k -> List.of(k.toString(), "build", directory.toString()))
                .or(() -> onPath("kubectl").map(k -> List.of(k.toString(), "kustomize", directory.toString())));
    }

    static Result build(Path directory) {
        Optional<List<String>> command = command(directory);
        if (command.isEmpty()) {
            return new Result(null, "neither kustomize nor kubectl is on PATH", true);
        }
        try {
            Path errors = Files.createTempFile("gitops-lint-kustomize", ".err");
            try {
                Process process = new ProcessBuilder(command.get())
                        .redirectError(errors.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .start();
                byte[] out = process.getInputStream().readAllBytes();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return new Result(null, "kustomize build did not finish within " + TIMEOUT_SECONDS + " s", false);
                }
                if (process.exitValue() != 0) {
                    return new Result(null, Files.readString(errors, StandardCharsets.UTF_8).strip(), false);
                }
                return new Result(new String(out, StandardCharsets.UTF_8), null, false);
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            return new Result(null, "cannot run " + command.get().get(0) + ": " + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, "interrupted", false);
        }
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
