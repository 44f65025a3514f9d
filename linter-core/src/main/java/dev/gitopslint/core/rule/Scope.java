package dev.gitopslint.core.rule;

import java.util.Locale;

/** What a rule looks at, matching the scopes of the rule catalog. */
public enum Scope {
    VALUES, MANIFEST, APP, ENVIRONMENT, REPO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
