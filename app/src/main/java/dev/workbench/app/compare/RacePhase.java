package dev.workbench.app.compare;

import dev.workbench.lessons.engine.RunState;

import java.util.List;

/** Where a race is in its life; while it trains, the lanes' own states decide. */
public enum RacePhase {
    /** No race yet (or the last one could not be prepared). */
    IDLE("Not started"),
    /** Loading data and building one network per lane in the background. */
    PREPARING("Preparing…"),
    RUNNING("Racing"),
    /** Every lane still going is paused. */
    PAUSED("Paused"),
    /** Every lane finished, stopped or failed. */
    OVER("Finished");

    private final String label;

    RacePhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The phase of a started race whose lanes are in these states. */
    public static RacePhase of(List<RunState> lanes) {
        if (lanes.stream().allMatch(RunState::isTerminal)) {
            return OVER;
        }
        boolean moving = lanes.stream().anyMatch(state -> state == RunState.RUNNING || state == RunState.READY);
        return moving ? RUNNING : PAUSED;
    }

    public boolean canStart() {
        return this == IDLE || this == OVER;
    }

    public boolean canPause() {
        return this == RUNNING;
    }

    public boolean canResume() {
        return this == PAUSED;
    }

    public boolean canStop() {
        return this == PREPARING || this == RUNNING || this == PAUSED;
    }
}
