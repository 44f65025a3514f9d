package dev.gitopslint.core.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The rules on the class path, found with {@link ServiceLoader}, sorted by id. */
public final class RuleRegistry {

    private final List<Rule> rules;

    public RuleRegistry(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(Rule::id));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
                throw new IllegalStateException("two rules share the id " + sorted.get(i).id());
            }
        }
        this.rules = List.copyOf(sorted);
    }

    public static RuleRegistry load() {
        List<Rule> found = new ArrayList<>();
        ServiceLoader.load(Rule.class, RuleRegistry.class.getClassLoader()).forEach(found::add);
        return new RuleRegistry(found);
    }

    public List<Rule> all() {
        return rules;
    }

    public Optional<Rule> find(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public <T extends Rule> List<T> ofType(Class<T> scope) {
        return rules.stream().filter(scope::isInstance).map(scope::cast).toList();
    }
}
