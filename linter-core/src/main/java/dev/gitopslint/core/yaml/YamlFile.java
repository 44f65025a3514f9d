package dev.gitopslint.core.yaml;

import java.util.List;

/** A loaded YAML file: its documents (those that loaded) and the problems met on the way. */
public record YamlFile(String path, List<YamlDocument> documents, List<YamlProblem> problems) {

    public YamlFile {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    public boolean loadedCleanly() {
        return problems.stream().noneMatch(p -> p.kind() != YamlProblem.Kind.DUPLICATE_KEY);
    }
}
