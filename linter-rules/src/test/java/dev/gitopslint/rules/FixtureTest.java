package dev.gitopslint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gitopslint.core.testing.FixtureAssert;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture tree reports exactly its marked lines. */
class FixtureTest {

    static List<Path> trees() {
        return Fixtures.trees();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trees")
    void findingsAreExactlyTheMarkedLines(Path tree) throws Exception {
        FixtureAssert.assertFindingsMatchMarkers(tree);
    }

    @Test
    void removingAMarkerFails(@TempDir Path temp) throws Exception {
        Path copy = Fixtures.copy(Fixtures.root().resolve("hostile"), temp);
        Path file = copy.resolve("duplicate-keys.yaml");
        Files.writeString(file, Files.readString(file).replace("  # expect: yaml-duplicate-key", ""));
        assertThatThrownBy(() -> FixtureAssert.assertFindingsMatchMarkers(copy))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("reported but not marked")
                .hasMessageContaining("duplicate-keys.yaml:5  yaml-duplicate-key");
    }

    @Test
    void addingADefectFails(@TempDir Path temp) throws Exception {
        Path copy = Fixtures.copy(Fixtures.root().resolve("hostile"), temp);
        Files.writeString(copy.resolve("new.yaml"), "a: 1\na: 2\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FixtureAssert.assertFindingsMatchMarkers(copy))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("new.yaml:2  yaml-duplicate-key");
    }

    @Test
    void aMarkerWithoutItsDefectFails(@TempDir Path temp) throws Exception {
        Path copy = Fixtures.copy(Fixtures.root().resolve("hostile"), temp);
        Files.writeString(copy.resolve("clean.yaml"), "a: 1  # expect: yaml-duplicate-key\n");
        assertThatThrownBy(() -> FixtureAssert.assertFindingsMatchMarkers(copy))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected but not reported")
                .hasMessageContaining("clean.yaml:1  yaml-duplicate-key");
    }

    @Test
    void aMarkerNamingNoRuleFails(@TempDir Path temp) throws Exception {
        Path copy = Fixtures.copy(Fixtures.root().resolve("hostile"), temp);
        Files.writeString(copy.resolve("typo.yaml"), "a: 1  # expect: yaml-duplicate-kee\n");
        assertThatThrownBy(() -> FixtureAssert.assertFindingsMatchMarkers(copy))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("markers naming unknown rules");
    }

    @Test
    void everyInstalledRuleHasAFailingAndAPassingFixture() throws Exception {
        for (var rule : dev.gitopslint.core.rule.RuleRegistry.load().all()) {
            if (NEEDS_A_GIT_REPOSITORY.contains(rule.id())) {
                continue;
            }
            Path dir = fixtureOf(rule);
            assertThat(dir).as("fixture folder for " + rule.id()).isDirectory();
            assertThat(dev.gitopslint.core.testing.ExpectationMarkers.read(dir))
                    .as("failing cases (markers) for " + rule.id())
                    .anySatisfy(e -> assertThat(e.ruleId()).isEqualTo(rule.id()));
        }
    }

    /**
     * Rules a fixture folder cannot exercise: submodule state lives in git data (tested on real
     * repositories by GitSubmoduleUnreachableRuleTest), and a missing kustomize/kubectl depends on the
     * machine's PATH (RenderToolMissingRuleTest, KustomizeSourcesTest).
     */
    private static final java.util.Set<String> NEEDS_A_GIT_REPOSITORY = java.util.Set.of("git-submodule-unreachable",
            "render-tool-missing");

    private static Path fixtureOf(dev.gitopslint.core.rule.Rule rule) {
        return Fixtures.root().resolve("rules").resolve(rule.id());
    }
}
