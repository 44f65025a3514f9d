package dev.gitopslint.core.argocd;

import dev.gitopslint.core.source.Position;

/**
 * Finds where a field of an Application was written: in the Application's own file, or for a generated
 * one, in the ApplicationSet template or the generator file the value came from.
 */
@FunctionalInterface
interface ApplicationLocator {

    /** {@code pointer} addresses the field in the Application; {@code value} is its text, if a scalar. */
    Position locate(String pointer, String value);
}
