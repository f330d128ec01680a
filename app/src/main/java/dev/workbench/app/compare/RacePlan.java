package dev.workbench.app.compare;

import dev.workbench.lessons.race.RaceLane;

import java.util.List;
import java.util.Objects;

/**
 * A race ready to prepare: validated lanes and how to run and show it.
 *
 * @param secondsBudget stop each lane after this much of its own training time (0: run all epochs)
 * @param timeAxis      whether the curves read best against training time rather than iterations
 */
public record RacePlan(String title, List<RaceLane> lanes, double secondsBudget, boolean timeAxis) {
    public RacePlan {
        Objects.requireNonNull(title, "title");
        lanes = List.copyOf(lanes);
    }

    public List<String> labels() {
        return lanes.stream().map(RaceLane::label).toList();
    }
}
