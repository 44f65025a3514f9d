package dev.gitopslint.rules.argocd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.GitOpsLinter;
import dev.gitopslint.core.engine.LintRequest;
import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.finding.Finding;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.rule.RuleRegistry;
import dev.gitopslint.rules.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A failing template is an error; a generator only Argo CD itself can evaluate is info. */
class ApplicationSetErrorRuleTest {

    @Test
    void generatorsNeedingALiveSystemAreInfoNotErrors() throws Exception {
        LintResult result = new GitOpsLinter(RuleRegistry.load())
                .lint(LintRequest.of(Fixtures.root().resolve("rules/argocd-applicationset-error")));
        List<Finding> findings = result.findings().stream()
                .filter(f -> f.ruleId().equals("argocd-applicationset-error")).toList();

        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.INFO);
        assertThat(findings.get(0).message()).contains("missingkey=error");
        assertThat(findings.get(1).message()).contains("generator 'pullRequest'").contains("not linted");
    }
}
