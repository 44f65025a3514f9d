package dev.gitopslint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs real programs (git, pre-commit, bash) for the integration tests and captures what they print. */
final class Processes {

    record Result(int exitCode, String output) {
    }

    private Processes() {
    }

    /** Runs {@code command} in {@code dir} with {@code env} added to this process's environment; stderr joins stdout. */
    static Result run(Path dir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("process", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish in 120 s:\n" + Files.readString(log));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Like {@link #run} but fails the test unless the command succeeds. */
    static String check(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        Result result = run(dir, env, List.of(command));
        if (result.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited " + result.exitCode() + ":\n"
                    + result.output());
        }
        return result.output();
    }

    /** True when {@code program} is an executable on PATH. */
    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A {@code gitops-lint} executable in {@code binDir} that runs this build's command from the test
     * class path: the real entry point in a new JVM, as an installed launcher would.
     */
    static Path linterOnPath(Path binDir) throws IOException {
        Files.createDirectories(binDir);
        Path launcher = binDir.resolve("gitops-lint");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(launcher, "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '"
                + System.getProperty("java.class.path") + "' " + GitOpsLintCommand.class.getName() + " \"$@\"\n");
        launcher.toFile().setExecutable(true);
        return launcher;
    }
}
