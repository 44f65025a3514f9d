package dev.gitopslint.rules.yaml;

import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.yaml.YamlFile;
import dev.gitopslint.core.yaml.YamlProblem;

/** Reports the loader's problems of one kind: the YAML rules differ only in which kind they own. */
final class LoadProblems {

    private LoadProblems() {
    }

    static void report(RuleContext context, FindingSink sink, YamlProblem.Kind kind) {
        for (YamlFile file : context.workspace().yamlFiles().values()) {
            for (YamlProblem problem : file.problems()) {
                if (problem.kind() == kind) {
                    sink.report(problem.position(), problem.message());
                }
            }
        }
        for (YamlProblem problem : context.workspace().readProblems()) {
            if (problem.kind() == kind) {
                sink.report(problem.position(), problem.message());
            }
        }
    }
}
