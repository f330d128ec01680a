package dev.workbench.lessons.landscape;

import java.util.Objects;

/** One optimizer's place in a race after a step: its legend label, latest point and whether it diverged. */
public record LaneState(String label, TrajectoryPoint head, boolean diverged) {

    public LaneState {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(head, "head");
    }
}
