package dev.workbench.lessons.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A ready-made experiment a lesson offers: the lesson trained side by side with a few different
 * settings ("too low / good / too high learning rate", "with and without augmentation").
 *
 * @param overrides               settings shared by every lane, on top of the user's
 * @param trainingSecondsBudget   stop each lane after this much of its own training time (0: run all epochs)
 * @param timeAxis                whether curves read best against training time rather than iterations
 */
public record Comparison(String id, String title, String description, Map<String, String> overrides,
                         List<Lane> lanes, double trainingSecondsBudget, boolean timeAxis) {

    /** One lane: its legend label and the settings that make it different. */
    public record Lane(String label, Map<String, String> overrides) {
        public Lane {
            Objects.requireNonNull(label, "label");
            overrides = Map.copyOf(overrides);
        }
    }

    public Comparison {
        Objects.requireNonNull(id, "id");
        overrides = Map.copyOf(overrides);
        lanes = List.copyOf(lanes);
        if (lanes.size() < 2 || lanes.size() > 5) {
            throw new IllegalArgumentException("a comparison needs 2 to 5 lanes: " + id);
        }
        if (trainingSecondsBudget < 0) {
            throw new IllegalArgumentException("negative time budget: " + id);
        }
    }
}
