package dev.gitopslint.core.rule;

import dev.gitopslint.core.finding.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, kept on the rule class. Everything users read about a rule ({@code gitops-lint
 * rules}, {@code explain}, SARIF rule metadata, docs/rules) is generated from it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    /** Stable kebab-case id: the SARIF ruleId, the suppression key and the config key. */
    String id();

    Severity severity();

    Scope scope();

    /** One sentence: what the rule reports. */
    String summary();

    /** Why it matters and what to do about it; may span paragraphs. */
    String description();

    /** The outage or user expectation the rule comes from. */
    String origin() default "";

    /** A snippet that triggers the rule. */
    String bad() default "";

    /** The same snippet, fixed. */
    String good() default "";
}
