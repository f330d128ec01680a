package dev.workbench.lessons.landscape;

import dev.workbench.lessons.optim.OptimizerConfig;
import java.util.List;
import java.util.Objects;

/**
 * Several optimizers starting from the same point on one landscape, advanced together one update per
 * {@link #step()} so an animation can draw them side by side. A diverged lane stops; the others go on.
 * Not thread-safe, like {@link OptimizerTrajectory}.
 */
public final class LandscapeRace {
    private final Landscape landscape;
    private final List<OptimizerTrajectory> lanes;
    private int step;

    public LandscapeRace(Landscape landscape, Vec2 start, List<OptimizerConfig> optimizers) {
        this.landscape = Objects.requireNonNull(landscape, "landscape");
        if (optimizers.isEmpty()) {
            throw new IllegalArgumentException("a race needs at least one optimizer");
        }
        this.lanes = optimizers.stream()
                .map(config -> OptimizerTrajectory.of(landscape, config, start))
                .toList();
    }

    /** A race from the landscape's suggested start. */
    public static LandscapeRace of(Landscape landscape, List<OptimizerConfig> optimizers) {
        return new LandscapeRace(landscape, landscape.start(), optimizers);
    }

    /** Advances every lane that has not diverged by one update. */
    public RaceFrame step() {
        for (OptimizerTrajectory lane : lanes) {
            lane.step();
        }
        step++;
        return frame();
    }

    /** Advances {@code steps} times, stopping early once every lane has diverged. */
    public RaceFrame run(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, was " + steps);
        }
        RaceFrame frame = frame();
        for (int i = 0; i < steps && !frame.allDiverged(); i++) {
            frame = step();
        }
        return frame;
    }

    /** Where every lane stands now. */
    public RaceFrame frame() {
        return new RaceFrame(step, lanes.stream()
                .map(lane -> new LaneState(lane.label(), lane.head(), lane.diverged()))
                .toList());
    }

    public Landscape landscape() {
        return landscape;
    }

    /** Race steps taken so far. */
    public int stepCount() {
        return step;
    }

    public int laneCount() {
        return lanes.size();
    }

    /** The recorded path of lane {@code lane}, the start first. */
    public List<TrajectoryPoint> path(int lane) {
        return lanes.get(lane).path();
    }
}
