package dev.gitopslint.core.rule;

/**
 * A check. Implementations also implement the scope interfaces of what they look at ({@link RepoRule},
 * {@link ValuesRule}, {@link ManifestRule}, {@link AppRule}, {@link EnvironmentRule}; a rule that checks
 * both values files and rendered objects implements two), carry
 * {@link RuleInfo}, and are registered with {@link java.util.ServiceLoader}. The engine owns iteration
 * and parallelism: a rule never loads files or renders, and must be stateless (it is called from many
 * threads).
 */
public interface Rule {

    default RuleInfo info() {
        RuleInfo info = getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(getClass().getName() + " lacks @RuleInfo");
        }
        return info;
    }

    default String id() {
        return info().id();
    }
}
