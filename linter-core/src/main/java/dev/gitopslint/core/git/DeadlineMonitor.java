package dev.gitopslint.core.git;

import org.eclipse.jgit.lib.EmptyProgressMonitor;

/**
 * Cancels a JGit transfer once its deadline passes. JGit's own timeout bounds each read; this bounds
 * the whole transfer, so a remote trickling data cannot keep the check busy indefinitely.
 */
final class DeadlineMonitor extends EmptyProgressMonitor {

    private final long deadlineNanos;

    DeadlineMonitor(java.time.Duration budget) {
        this.deadlineNanos = System.nanoTime() + budget.toNanos();
    }

    @Override
    public boolean isCancelled() {
        return expired();
    }

    boolean expired() {
        return System.nanoTime() - deadlineNanos > 0;
    }
}
