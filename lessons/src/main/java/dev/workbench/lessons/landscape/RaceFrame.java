package dev.workbench.lessons.landscape;

import java.util.List;

/** All lanes of a race after {@code step} race steps, in the order the optimizers were given. */
public record RaceFrame(int step, List<LaneState> lanes) {

    public RaceFrame {
        if (step < 0) {
            throw new IllegalArgumentException("step must be >= 0, was " + step);
        }
        lanes = List.copyOf(lanes);
    }

    /** True once every lane has diverged, so further steps change nothing. */
    public boolean allDiverged() {
        return lanes.stream().allMatch(LaneState::diverged);
    }

    /** True once every lane has arrived at the minimum or diverged: the race is decided. */
    public boolean allSettled() {
        return lanes.stream().allMatch(LaneState::settled);
    }

    /** The leading lanes by index, as {@link Arrival#leaders} ranks them (several on a tie). */
    public List<Integer> leaders() {
        return Arrival.leaders(lanes.stream()
                .map(lane -> new Arrival.Standing(lane.head().loss(), lane.diverged(), lane.arrivedAt())).toList());
    }
}
