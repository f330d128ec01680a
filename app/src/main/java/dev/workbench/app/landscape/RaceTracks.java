package dev.workbench.app.landscape;

import dev.workbench.lessons.landscape.Arrival;

import java.util.List;
import java.util.Optional;

/**
 * The current race as drawn: one {@link LaneTrack} per optimizer, filled from the worker's chunks on
 * the FX thread. A new race (new surface, start or settings) gets a new generation.
 */
public final class RaceTracks {
    /** A lane that moved less than this share of the window over {@link #SETTLE_POINTS} steps has settled. */
    static final double SETTLE_TOLERANCE = 1e-9;
    static final int SETTLE_POINTS = 25;

    private final long generation;
    private final RaceSetup setup;
    private final List<LaneTrack> lanes;
    private int computedSteps;
    private String failure;

    RaceTracks(long generation, RaceSetup setup) {
        this.generation = generation;
        this.setup = setup;
        double startLoss = setup.landscape().value(setup.start());
        Arrival arrival = Arrival.on(setup.landscape());
        this.lanes = setup.lanes().stream()
                .map(config -> new LaneTrack(config, arrival, setup.start().x(), setup.start().y(), startLoss))
                .toList();
    }

    public long generation() {
        return generation;
    }

    public RaceSetup setup() {
        return setup;
    }

    public List<LaneTrack> lanes() {
        return lanes;
    }

    /** Race steps computed so far. */
    public int computedSteps() {
        return computedSteps;
    }

    /**
     * Whether the race has nothing more to show: every lane diverged, arrived at the minimum or
     * stopped moving, or the step limit is reached.
     */
    public boolean exhausted() {
        if (computedSteps >= RaceWorker.MAX_STEPS) {
            return true;
        }
        double tolerance = SETTLE_TOLERANCE * Math.max(setup.landscape().window().width(), setup.landscape().window().height());
        return lanes.stream().allMatch(lane -> lane.divergedAt() >= 0 || lane.arrivedAt() >= 0
                || lane.settled(SETTLE_POINTS, tolerance));
    }

    /** What stopped the race thread, if anything did. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** Adds a chunk of this generation; returns false for a stale one. */
    boolean accept(RaceChunk chunk) {
        if (chunk.generation() != generation) {
            return false;
        }
        if (chunk.failure() != null) {
            failure = chunk.failure();
            return true;
        }
        for (int lane = 0; lane < lanes.size(); lane++) {
            lanes.get(lane).append(chunk.points()[lane]);
            lanes.get(lane).markDiverged(chunk.divergedAt()[lane]);
        }
        computedSteps = Math.max(computedSteps, chunk.toStep());
        return true;
    }
}
