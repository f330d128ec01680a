package dev.workbench.lessons.engine;

/**
 * A copy of a session's parameters taken in memory, e.g. at the best epoch for early stopping.
 * Taking and restoring happen on the training thread.
 */
public interface ParameterSnapshot {
    /** Puts the copied parameters back into the session's networks. */
    void restore();
}
