package dev.gitopslint.core.schema;

import java.util.List;

/**
 * The outcome of registering one CustomResourceDefinition.
 *
 * @param kinds the served versions now validated by this CRD
 * @param problems why the CRD (or one of its versions) could not be used, for the user
 */
public record CrdRegistration(List<GroupVersionKind> kinds, List<String> problems) {

    public CrdRegistration {
        kinds = List.copyOf(kinds);
        problems = List.copyOf(problems);
    }
}
