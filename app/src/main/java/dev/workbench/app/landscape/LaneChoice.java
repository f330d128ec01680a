package dev.workbench.app.landscape;

import dev.workbench.lessons.optim.OptimizerKind;

import java.util.Objects;

/** An optimizer picked to race, with its own learning rate (1.0 for AdaDelta, which has none). */
public record LaneChoice(OptimizerKind kind, double learningRate) {
    public LaneChoice {
        Objects.requireNonNull(kind, "kind");
    }
}
