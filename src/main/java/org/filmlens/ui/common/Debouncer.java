package org.filmlens.ui.common;

/** Runs an action once input has paused: each call replaces the pending action and restarts the wait. */
@FunctionalInterface
public interface Debouncer {
    void call(Runnable action);

    /** No waiting at all: for tests. */
    static Debouncer immediate() {
        return Runnable::run;
    }
}
