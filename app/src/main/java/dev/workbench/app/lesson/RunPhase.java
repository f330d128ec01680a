package dev.workbench.app.lesson;

import dev.workbench.lessons.engine.RunState;

/** Where a lesson page's model is in its life: the engine's {@link RunState} plus the steps before a run exists. */
public enum RunPhase {
    /** No model yet (or the last one could not be prepared). */
    EMPTY("No model"),
    /** Loading data and building the network in the background. */
    PREPARING("Preparing…"),
    READY("Ready"),
    RUNNING("Training"),
    PAUSED("Paused"),
    STOPPED("Stopped"),
    FINISHED("Finished"),
    FAILED("Failed");

    private final String label;

    RunPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static RunPhase of(RunState state) {
        return switch (state) {
            case READY -> READY;
            case RUNNING -> RUNNING;
            case PAUSED -> PAUSED;
            case STOPPED -> STOPPED;
            case FINISHED -> FINISHED;
            case FAILED -> FAILED;
        };
    }

    /** A run exists and has ended. */
    public boolean isOver() {
        return this == STOPPED || this == FINISHED || this == FAILED;
    }

    /** Train may start a run (a fresh one unless the prepared one is still untouched). */
    public boolean canTrain() {
        return this == EMPTY || this == READY || isOver();
    }

    public boolean canPause() {
        return this == RUNNING;
    }

    public boolean canResume() {
        return this == PAUSED;
    }

    public boolean canStep() {
        return this != PREPARING && this != RUNNING;
    }

    /** Stop ends a run, or cancels a preparation under way. */
    public boolean canStop() {
        return this == RUNNING || this == PAUSED || this == PREPARING;
    }

    public boolean canReset() {
        return this != PREPARING;
    }

    /** The model exists and can be inspected or saved. */
    public boolean hasModel() {
        return this != EMPTY && this != PREPARING;
    }
}
