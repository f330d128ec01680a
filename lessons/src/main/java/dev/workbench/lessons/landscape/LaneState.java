package dev.workbench.lessons.landscape;

import java.util.Objects;

/**
 * One optimizer's place in a race after a step: its legend label, latest point, whether it
 * diverged and the step at which it arrived at the minimum ({@link Arrival}), or -1.
 */
public record LaneState(String label, TrajectoryPoint head, boolean diverged, int arrivedAt) {

    public LaneState {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(head, "head");
    }

    /** Arrived or diverged: further steps change nothing worth watching. */
    public boolean settled() {
        return diverged || arrivedAt >= 0;
    }
}
