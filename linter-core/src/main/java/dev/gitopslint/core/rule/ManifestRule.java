package dev.gitopslint.core.rule;

import dev.gitopslint.core.manifest.Manifest;

/** Scope {@code manifest}: looks at one plain or rendered Kubernetes object. */
public interface ManifestRule extends Rule {

    void check(Manifest manifest, RuleContext context, FindingSink sink);
}
