package dev.gitopslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.testing.FileTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bin/gitops-lint} with the packaged jar, in a copy of the checkout: it makes the start-up
 * archive once, uses it on later runs, makes a new one for a new jar, and keeps stdout clean.
 */
class LauncherIT {

    private static final Path CHECKOUT = CliRun.fixtures().getParent();

    @TempDir
    Path temp;

    private Path launcher;
    private Path jar;
    private Path cds;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void copyCheckout() throws Exception {
        Path built = CHECKOUT.resolve("linter-cli/target/gitops-lint.jar");
        assertThat(built).as("the package phase builds the jar before this test").exists();
        launcher = Files.createDirectories(temp.resolve("bin")).resolve("gitops-lint");
        Files.copy(CHECKOUT.resolve("bin/gitops-lint"), launcher);
        jar = Files.createDirectories(temp.resolve("linter-cli/target")).resolve("gitops-lint.jar");
        Files.copy(built, jar);
        FileTrees.copy(CHECKOUT.resolve("fixtures/startup"), temp.resolve("fixtures/startup"));
        cds = temp.resolve("linter-cli/target/cds");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.remove("GITOPS_LINT_JAVA_OPTS");
    }

    @Test
    void theArchiveIsMadeOnceUsedAfterwardsAndRenewedWithTheJar() throws Exception {
        Path repo = temp.resolve("fixtures/startup/one-component");
        Processes.Result first = lint(repo);
        assertThat(first.exitCode()).as(first.output()).isZero();
        JsonMapper.builder().build().readTree(first.output());
        List<Path> archives = archives();
        assertThat(archives).hasSize(1);

        Path classLog = temp.resolve("classes.log");
        env.put("GITOPS_LINT_JAVA_OPTS", "-Xshare:on -Xlog:class+load=info:file=" + classLog);
        Processes.Result second = lint(repo);
        assertThat(second.exitCode()).as("-Xshare:on fails unless the archive maps: " + second.output()).isZero();
        assertThat(Files.readString(classLog))
                .contains("dev.gitopslint.cli.GitOpsLintCommand source: shared objects file")
                .contains("picocli.CommandLine source: shared objects file");
        assertThat(archives()).isEqualTo(archives);
        env.remove("GITOPS_LINT_JAVA_OPTS");

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertThat(lint(repo).exitCode()).isZero();
        assertThat(archives()).hasSize(1).doesNotContainAnyElementsOf(archives);
    }

    @Test
    void noArchiveWhenSwitchedOff() throws Exception {
        env.put("GITOPS_LINT_CDS", "off");
        Processes.Result run = lint(temp.resolve("fixtures/startup/one-component"));
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(cds).doesNotExist();
    }

    @Test
    void aSymlinkOnPathRunsTheCheckoutItPointsTo() throws Exception {
        env.put("GITOPS_LINT_CDS", "off");
        Path bin = Files.createDirectories(temp.resolve("elsewhere/bin"));
        Files.createSymbolicLink(bin.resolve("gitops-lint"), launcher);
        env.put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
        Processes.Result run = Processes.run(temp.resolve("elsewhere"), env,
                List.of("bash", "-c", "gitops-lint --version"));
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).startsWith("gitops-lint ");
    }

    /** Small inputs start fast on C1 alone; tens of megabytes run on C2 (the threshold is lowered here). */
    @Test
    void theCompilerFollowsTheSizeOfTheInput() throws Exception {
        env.put("GITOPS_LINT_CDS", "off");
        Path repo = temp.resolve("fixtures/startup/one-component");
        env.put("GITOPS_LINT_JAVA_OPTS", "-XX:+PrintFlagsFinal");
        String small = Processes.run(temp, env, List.of(launcher.toString(), "lint", repo.toString())).output();
        assertThat(flag(small, "TieredStopAtLevel")).isEqualTo("1");
        assertThat(flag(small, "UseSerialGC")).isEqualTo("true");

        env.put("GITOPS_LINT_LARGE_INPUT_BYTES", "1000");
        String large = Processes.run(temp, env, List.of(launcher.toString(), "lint", repo.toString())).output();
        assertThat(flag(large, "TieredCompilation")).isEqualTo("false");
        assertThat(flag(large, "UseParallelGC")).isEqualTo("true");

        // Commands that read no repository never pay for measuring one.
        String rules = Processes.run(temp, env, List.of(launcher.toString(), "rules")).output();
        assertThat(flag(rules, "TieredStopAtLevel")).isEqualTo("1");

        // A du that fails part-way (an unreadable folder) leaves its partial sum, never a broken launch.
        env.remove("GITOPS_LINT_LARGE_INPUT_BYTES");
        Path fakeBin = Files.createDirectories(temp.resolve("fake-bin"));
        Path du = Files.writeString(fakeBin.resolve("du"), "#!/bin/sh\necho \"123\t.\"\nexit 1\n");
        du.toFile().setExecutable(true);
        env.put("PATH", fakeBin + java.io.File.pathSeparator + System.getenv("PATH"));
        Processes.Result partial = Processes.run(temp, env, List.of(launcher.toString(), "lint", repo.toString()));
        assertThat(partial.exitCode()).as(partial.output()).isZero();
        assertThat(flag(partial.output(), "TieredStopAtLevel")).isEqualTo("1");
        assertThat(partial.output()).doesNotContain("integer expression");
    }

    private static String flag(String flagsFinal, String name) {
        return flagsFinal.lines().map(String::trim).filter(l -> l.matches("\\S+ " + name + " +=.*"))
                .map(l -> l.replaceFirst(".*= *(\\S+).*", "$1")).findFirst().orElse("(not printed)");
    }

    /** A JSON lint: stdout only, so anything the JVM or the launcher prints there breaks the parse. */
    private Processes.Result lint(Path repo) throws Exception {
        Path out = temp.resolve("stdout.json");
        Processes.Result result = Processes.run(temp, env, List.of("bash", "-c",
                "\"$0\" lint \"$1\" --format json > \"$2\"", launcher.toString(), repo.toString(), out.toString()));
        return new Processes.Result(result.exitCode(), result.exitCode() == 0 ? Files.readString(out) : result.output());
    }

    private List<Path> archives() throws Exception {
        try (Stream<Path> files = Files.list(cds)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).sorted().toList();
        }
    }
}
