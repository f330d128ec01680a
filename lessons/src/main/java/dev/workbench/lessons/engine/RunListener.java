package dev.workbench.lessons.engine;

/**
 * Receives a run's events on the training thread. Implementations must return quickly and never
 * block: a UI listener copies the event into a queue and returns.
 */
@FunctionalInterface
public interface RunListener {
    void onEvent(RunEvent event);
}
