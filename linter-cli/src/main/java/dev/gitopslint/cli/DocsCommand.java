package dev.gitopslint.cli;

import dev.gitopslint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "docs", hidden = true,
        description = "Regenerate the rule reference (docs/rules/) and the README's rules table from rule metadata.")
final class DocsCommand implements Callable<Integer> {

    @Option(names = "--root", paramLabel = "DIR", description = "The gitops-lint source checkout (default: .)")
    Path root = Path.of(".");

    @Override
    public Integer call() throws IOException {
        var rules = RuleRegistry.load().all();
        for (Map.Entry<String, String> page : RuleDocs.pages(rules).entrySet()) {
            Path file = root.resolve("docs").resolve(page.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
        }
        Path readme = root.resolve("README.md");
        Files.writeString(readme, RuleDocs.readme(Files.readString(readme), rules), StandardCharsets.UTF_8);
        return 0;
    }
}
