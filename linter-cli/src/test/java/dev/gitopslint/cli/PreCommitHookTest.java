package dev.gitopslint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code gitops-lint} hook of this checkout's {@code .pre-commit-hooks.yaml}, installed with the
 * real pre-commit into a fresh git repository: a commit with a defect is refused with the finding
 * shown, the fixed commit goes through.
 */
class PreCommitHookTest {

    private static final Path CHECKOUT = CliRun.fixtures().getParent();

    @TempDir
    Path temp;

    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void isolate() throws Exception {
        assumeTrue(Processes.onPath("pre-commit"), "pre-commit is not on PATH (Debian: apt-get install pre-commit);"
                + " the pre-commit hook test is skipped");
        assumeTrue(Processes.onPath("git"), "git is not on PATH; the pre-commit hook test is skipped");
        Path bin = temp.resolve("bin");
        Processes.linterOnPath(bin);
        env.put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
        env.put("PRE_COMMIT_HOME", temp.resolve("pre-commit-cache").toString());
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_AUTHOR_NAME", "Test");
        env.put("GIT_AUTHOR_EMAIL", "test@example.invalid");
        env.put("GIT_COMMITTER_NAME", "Test");
        env.put("GIT_COMMITTER_EMAIL", "test@example.invalid");
    }

    @Test
    void aDefectBlocksTheCommitAndTheFixPasses() throws Exception {
        String rev = hookRepository(temp.resolve("hooks"));
        Path repo = Files.createDirectories(temp.resolve("gitops"));
        Processes.check(repo, env, "git", "init", "-q", "-b", "main");
        Files.writeString(repo.resolve(".pre-commit-config.yaml"), "repos:\n  - repo: " + temp.resolve("hooks")
                + "\n    rev: " + rev + "\n    hooks:\n      - id: gitops-lint\n");
        Processes.check(repo, env, "pre-commit", "install");
        writeRepository(repo, "replicaCount: 1\ntolerations: []\n");

        Processes.check(repo, env, "git", "add", "-A");
        Processes.Result refused = Processes.run(repo, env, List.of("git", "commit", "-q", "-m", "Drop tolerations"));
        assertThat(refused.exitCode()).as(refused.output()).isNotZero();
        assertThat(refused.output())
                .contains("gitops-lint")
                .contains("Failed")
                .contains("values/env/dev/apps/api.yaml:2:1  error    values-empty-override")
                .contains("-> values/globals.yaml:1:1  inherited tolerations");
        assertThat(Processes.run(repo, env, List.of("git", "rev-parse", "--verify", "-q", "HEAD")).exitCode())
                .as("no commit was made").isNotZero();

        Files.writeString(repo.resolve("values/env/dev/apps/api.yaml"), "replicaCount: 1\n");
        Processes.check(repo, env, "git", "add", "-A");
        Processes.Result accepted = Processes.run(repo, env, List.of("git", "commit", "-q", "-m", "Scale down dev"));
        assertThat(accepted.exitCode()).as(accepted.output()).isZero();
        assertThat(accepted.output()).contains("gitops-lint").contains("Passed");
        assertThat(Processes.check(repo, env, "git", "log", "--format=%s")).isEqualTo("Scale down dev\n");
    }

    @Test
    void filesOutsideTheLintedKindsDoNotRunTheHook() throws Exception {
        String rev = hookRepository(temp.resolve("hooks"));
        Path repo = Files.createDirectories(temp.resolve("gitops"));
        Processes.check(repo, env, "git", "init", "-q", "-b", "main");
        Files.writeString(repo.resolve(".pre-commit-config.yaml"), "repos:\n  - repo: " + temp.resolve("hooks")
                + "\n    rev: " + rev + "\n    hooks:\n      - id: gitops-lint\n");
        Files.writeString(repo.resolve("README.md"), "# gitops\n");
        Processes.check(repo, env, "pre-commit", "install");
        Processes.check(repo, env, "git", "add", "README.md");
        Processes.Result result = Processes.run(repo, env, List.of("git", "commit", "-q", "-m", "Readme"));
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("gitops-lint").contains("(no files to check)Skipped");
    }

    /** A git repository holding this checkout's hook definitions, as pre-commit fetches them; returns its commit. */
    private String hookRepository(Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.copy(CHECKOUT.resolve(".pre-commit-hooks.yaml"), dir.resolve(".pre-commit-hooks.yaml"));
        Processes.check(dir, env, "git", "init", "-q", "-b", "main");
        Processes.check(dir, env, "git", "add", ".pre-commit-hooks.yaml");
        Processes.check(dir, env, "git", "commit", "-q", "-m", "Hooks");
        return Processes.check(dir, env, "git", "rev-parse", "HEAD").trim();
    }

    private static void writeRepository(Path repo, String devValues) throws Exception {
        Files.createDirectories(repo.resolve("values/components/apps"));
        Files.createDirectories(repo.resolve("values/env/dev/apps"));
        Files.writeString(repo.resolve(".gitops-lint.yaml"), """
                environments:
                  dev: {vars: {}}
                components:
                  - values/components/{domain}/{name}.yaml
                layers:
                  - values/globals.yaml
                  - values/components/{domain}/{name}.yaml
                  - values/env/{env}/{domain}/{name}.yaml
                """);
        Files.writeString(repo.resolve("values/globals.yaml"), """
                tolerations:
                  - {key: dedicated, operator: Equal, value: apps, effect: NoSchedule}
                """);
        Files.writeString(repo.resolve("values/components/apps/api.yaml"), "replicaCount: 2\n");
        Files.writeString(repo.resolve("values/env/dev/apps/api.yaml"), devValues);
    }
}
