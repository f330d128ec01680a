package dev.workbench.app.landscape;

import dev.workbench.lessons.landscape.Landscape;
import dev.workbench.lessons.landscape.Vec2;
import dev.workbench.lessons.optim.OptimizerConfig;

import java.util.List;
import java.util.Objects;

/** Everything that decides a race: the surface, where the optimizers start, and their configs in lane order. */
public record RaceSetup(Landscape landscape, Vec2 start, List<OptimizerConfig> lanes) {
    public RaceSetup {
        Objects.requireNonNull(landscape, "landscape");
        Objects.requireNonNull(start, "start");
        lanes = List.copyOf(lanes);
        if (!start.isFinite()) {
            throw new IllegalArgumentException("start must be finite, was " + start);
        }
    }
}
