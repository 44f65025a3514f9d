package dev.gitopslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.rule.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed rule reference and README table are exactly what the rule metadata generates. */
class RuleDocsTest {

    private static final String HOW = " is stale: run `bin/gitops-lint docs` and commit the result";

    @Test
    void docsMatchTheRuleMetadata() throws Exception {
        Path root = CliRun.fixtures().getParent();
        var rules = RuleRegistry.load().all();
        for (Map.Entry<String, String> page : RuleDocs.pages(rules).entrySet()) {
            Path file = root.resolve("docs").resolve(page.getKey());
            assertThat(file).as(file + HOW).exists();
            assertThat(Files.readString(file)).as(file + HOW).isEqualTo(page.getValue());
        }
        String readme = Files.readString(root.resolve("README.md"));
        assertThat(readme).as("README.md" + HOW).isEqualTo(RuleDocs.readme(readme, rules));
    }

    @Test
    void everyRuleDescriptionSaysWhatToDo() {
        for (var rule : RuleRegistry.load().all()) {
            assertThat(rule.info().description()).as(rule.id()).hasSizeGreaterThan(80);
            assertThat(rule.info().bad()).as(rule.id() + " bad example").isNotBlank();
            assertThat(rule.info().good()).as(rule.id() + " good example").isNotBlank();
        }
    }
}
