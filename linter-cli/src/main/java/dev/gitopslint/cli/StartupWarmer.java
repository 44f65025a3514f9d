package dev.gitopslint.cli;

import dev.gitopslint.core.config.ConfigLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Readies the configuration validator on a second core while the main thread builds the command
 * line. Its first use (Jackson, the JSON Schema validator, the compiled config schema) costs a few
 * hundred milliseconds of class initialisation, most of a short run's start-up; the JVM initialises a
 * class once, so the main thread either finds it ready or waits for the rest. Only done when a config
 * file is in sight, since a run without one never needs it. Nothing it does is visible to the run: a
 * failure here only means the main thread does the work itself.
 */
final class StartupWarmer {

    private static final byte[] SAMPLE_CONFIG = "exclude: []\n".getBytes(StandardCharsets.UTF_8);

    private StartupWarmer() {
    }

    /** Starts warming up when {@code args} (or the working directory) point at a config file. */
    static void startFor(String[] args) {
        if (configInSight(args)) {
            Thread thread = new Thread(StartupWarmer::warm, "gitops-lint-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    static boolean configInSight(String[] args) {
        for (String arg : args) {
            if (arg.equals("--config") || arg.startsWith("--config=") || hasConfig(arg)) {
                return true;
            }
        }
        return hasConfig(".");
    }

    private static boolean hasConfig(String directory) {
        try {
            return Files.isRegularFile(Path.of(directory, ConfigLoader.FILE_NAME));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static void warm() {
        try {
            ConfigLoader.parse("warm-up", SAMPLE_CONFIG);
        } catch (Exception | LinkageError ignored) {
            // The run meets the same problem, and reports it, when it reads its own config.
        }
    }
}
