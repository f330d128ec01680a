package dev.workbench.lessons.race;

import dev.workbench.lessons.engine.Comparison;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.Validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns one of a lesson's {@link Comparison}s into validated race lanes. */
public final class ComparisonLanes {
    private ComparisonLanes() {
    }

    /**
     * @param base the user's settings as text; the comparison's shared and per-lane overrides win
     * @throws IllegalArgumentException when a lane's settings are invalid
     */
    public static List<RaceLane> of(Lesson lesson, Comparison comparison, Map<String, String> base, long seed) {
        List<RaceLane> lanes = new ArrayList<>();
        for (Comparison.Lane lane : comparison.lanes()) {
            Map<String, String> raw = new HashMap<>(base);
            raw.putAll(comparison.overrides());
            raw.putAll(lane.overrides());
            Validation validation = lesson.validate(raw, seed);
            if (!validation.isValid()) {
                throw new IllegalArgumentException(lane.label() + ": " + String.join("; ", validation.errors().values()));
            }
            lanes.add(new RaceLane(lane.label(), validation.orElseThrow()));
        }
        return lanes;
    }

    public static Comparison find(Lesson lesson, String id) {
        return lesson.comparisons().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("lesson " + lesson.id() + " has no comparison '" + id
                        + "'; it has: " + String.join(", ", lesson.comparisons().stream().map(Comparison::id).toList())));
    }
}
