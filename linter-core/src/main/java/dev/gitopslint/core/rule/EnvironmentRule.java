package dev.gitopslint.core.rule;

import dev.gitopslint.core.render.RenderedApp;
import java.util.List;

/** Scope {@code environment}: looks at all apps of one environment together. */
public interface EnvironmentRule extends Rule {

    void check(String environment, List<RenderedApp> apps, RuleContext context, FindingSink sink);
}
