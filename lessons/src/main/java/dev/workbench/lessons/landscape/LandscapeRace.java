package dev.workbench.lessons.landscape;

import dev.workbench.lessons.optim.OptimizerConfig;
import java.util.List;
import java.util.Objects;

/**
 * Several optimizers starting from the same point on one landscape, advanced together one update per
 * {@link #step()} so an animation can draw them side by side. A diverged lane stops; the others go on.
 * Each lane's arrival at the minimum is noted ({@link Arrival}); {@link #run} stops once all have
 * arrived or diverged.
 * Not thread-safe, like {@link OptimizerTrajectory}.
 */
public final class LandscapeRace {
    private final Landscape landscape;
    private final List<OptimizerTrajectory> lanes;
    private final Arrival arrival;
    private final int[] arrivedAt;
    private int step;

    public LandscapeRace(Landscape landscape, Vec2 start, List<OptimizerConfig> optimizers) {
        this.landscape = Objects.requireNonNull(landscape, "landscape");
        if (optimizers.isEmpty()) {
            throw new IllegalArgumentException("a race needs at least one optimizer");
        }
        this.lanes = optimizers.stream()
                .map(config -> OptimizerTrajectory.of(landscape, config, start))
                .toList();
        this.arrival = Arrival.on(landscape);
        this.arrivedAt = new int[lanes.size()];
        for (int lane = 0; lane < lanes.size(); lane++) {
            arrivedAt[lane] = arrival.arrived(landscape.value(start)) ? 0 : -1;
        }
    }

    /** A race from the landscape's suggested start. */
    public static LandscapeRace of(Landscape landscape, List<OptimizerConfig> optimizers) {
        return new LandscapeRace(landscape, landscape.start(), optimizers);
    }

    /** Advances every lane that has not diverged by one update (an arrived lane goes on moving). */
    public RaceFrame step() {
        stepLanes();
        return frame();
    }

    /**
     * Advances {@code steps} times, stopping early once every lane has arrived at the minimum or
     * diverged ({@link #allSettled()}): nothing after that changes who won.
     */
    public RaceFrame run(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, was " + steps);
        }
        for (int i = 0; i < steps && !allSettled(); i++) {
            stepLanes();
        }
        return frame();
    }

    /** Whether every lane has arrived at the minimum or diverged. */
    public boolean allSettled() {
        for (int lane = 0; lane < lanes.size(); lane++) {
            if (arrivedAt[lane] < 0 && !lanes.get(lane).diverged()) {
                return false;
            }
        }
        return true;
    }

    private void stepLanes() {
        step++;
        for (int lane = 0; lane < lanes.size(); lane++) {
            OptimizerTrajectory trajectory = lanes.get(lane);
            if (trajectory.step() && arrivedAt[lane] < 0 && arrival.arrived(trajectory.head().loss())) {
                arrivedAt[lane] = step;
            }
        }
    }

    /** Where every lane stands now. */
    public RaceFrame frame() {
        List<LaneState> states = new java.util.ArrayList<>();
        for (int lane = 0; lane < lanes.size(); lane++) {
            OptimizerTrajectory trajectory = lanes.get(lane);
            states.add(new LaneState(trajectory.label(), trajectory.head(), trajectory.diverged(), arrivedAt[lane]));
        }
        return new RaceFrame(step, states);
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
