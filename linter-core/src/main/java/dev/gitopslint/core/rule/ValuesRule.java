package dev.gitopslint.core.rule;

import dev.gitopslint.core.apps.App;

/**
 * Scope {@code values}: looks at one app's values layers and merged values, before rendering. A file
 * shared by many apps is reported once: the engine merges identical findings and lists the apps.
 */
public interface ValuesRule extends Rule {

    void check(App app, RuleContext context, FindingSink sink);
}
