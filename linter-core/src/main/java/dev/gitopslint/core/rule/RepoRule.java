package dev.gitopslint.core.rule;

/** Scope {@code repo}: looks at files and git facts, once per run. */
public interface RepoRule extends Rule {

    void check(RuleContext context, FindingSink sink);
}
