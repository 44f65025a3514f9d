package dev.gitopslint.core.schema;

import java.util.regex.Pattern;

/**
 * The grammar of a Kubernetes resource quantity ({@code 100m}, {@code 1.5Gi}, {@code 2}, {@code 1e3}):
 * an optionally signed decimal number followed by a binary suffix (Ki..Ei), a decimal suffix
 * (n, u, m, k, M, G, T, P, E) or a decimal exponent (e/E and an integer). Lowercase {@code e} alone
 * is not a suffix; {@code K} alone is not one either.
 */
final class KubernetesQuantity {

    private static final Pattern GRAMMAR = Pattern.compile(
            "[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?");

    /**
     * The pattern controller-gen writes for {@code resource.Quantity} fields of CRDs; recognised so such
     * fields get the same check and message as built-in quantities.
     */
    static final String CONTROLLER_GEN_PATTERN =
            "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$";

    static final String EXAMPLES = "100m, 1.5Gi or 2";

    private KubernetesQuantity() {
    }

    static boolean isValid(String text) {
        return GRAMMAR.matcher(text).matches();
    }
}
