package dev.gitopslint.core.rule;

import dev.gitopslint.core.render.RenderedApp;

/** Scope {@code app}: looks at all objects one app renders. */
public interface AppRule extends Rule {

    void check(RenderedApp app, RuleContext context, FindingSink sink);
}
