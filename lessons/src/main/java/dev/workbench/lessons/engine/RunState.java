package dev.workbench.lessons.engine;

/** Life cycle of a {@link TrainingRun}. */
public enum RunState {
    /** Built, not started. */
    READY,
    RUNNING,
    PAUSED,
    /** Stopped by the user before the last epoch. */
    STOPPED,
    /** All epochs done. */
    FINISHED,
    /** Diverged or crashed; see the {@link RunEvent.RunFailed} event. */
    FAILED;

    public boolean isTerminal() {
        return this == STOPPED || this == FINISHED || this == FAILED;
    }
}
