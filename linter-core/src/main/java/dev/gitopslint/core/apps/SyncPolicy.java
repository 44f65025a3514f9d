package dev.gitopslint.core.apps;

/** The parts of an Argo CD sync policy the rules care about. */
public record SyncPolicy(boolean automated, boolean prune, boolean selfHeal, boolean allowEmpty) {

    public static final SyncPolicy MANUAL = new SyncPolicy(false, false, false, false);
}
