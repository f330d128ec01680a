package dev.workbench.app.compare;

import dev.workbench.app.form.FormResult;
import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.optim.OptimizerConfig;
import dev.workbench.lessons.race.ComparisonLanes;
import dev.workbench.lessons.race.OptimizerLanes;
import dev.workbench.lessons.race.RaceLane;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the form's current settings and the student's choice into race lanes, as the CLI's
 * {@code compare} command does, or says in a sentence why they cannot race yet. Pure logic: no
 * JavaFX, nothing prepared.
 */
public final class RacePlanner {
    public static final int MIN_LANES = 2;
    public static final int MAX_LANES = 5;

    private RacePlanner() {
    }

    public static RaceCheck check(Lesson lesson, FormResult form, RaceChoice choice) {
        if (!form.isValid()) {
            List<String> order = lesson.parameters().stream().map(HyperParameter::name).toList();
            return RaceCheck.blocked("fix the settings first: " + form.firstError(order).orElse("check the settings"));
        }
        Settings settings = form.settings();
        Map<String, String> base = rawValues(lesson, settings);
        if (choice instanceof RaceChoice.ReadyMade ready) {
            try {
                List<RaceLane> lanes = ComparisonLanes.of(lesson, ready.comparison(), base, settings.seed());
                return RaceCheck.ready(new RacePlan(ready.comparison().title(), lanes,
                        ready.comparison().trainingSecondsBudget(), ready.comparison().timeAxis()));
            } catch (IllegalArgumentException e) {
                return RaceCheck.blocked("lane " + e.getMessage());
            }
        }
        return checkOptimizers(lesson, base, settings.seed(), ((RaceChoice.Optimizers) choice).rows());
    }

    private static RaceCheck checkOptimizers(Lesson lesson, Map<String, String> base, long seed, List<OptimizerRow> rows) {
        if (!OptimizerLanes.supports(lesson)) {
            return RaceCheck.blocked("this lesson has no optimizer setting to race");
        }
        if (rows.size() < MIN_LANES || rows.size() > MAX_LANES) {
            return RaceCheck.blocked("a race needs " + MIN_LANES + " to " + MAX_LANES + " lanes, not " + rows.size());
        }
        Map<Integer, String> problems = new LinkedHashMap<>();
        List<RaceLane> lanes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                OptimizerConfig config = rows.get(i).config();
                RaceLane lane = OptimizerLanes.of(lesson, base, seed, List.of(config)).get(0);
                int same = indexOfLabel(lanes, lane.label());
                if (same >= 0) {
                    problems.put(i, "lane " + (i + 1) + " is the same as lane " + (same + 1)
                            + ": change its optimizer or learning rate");
                }
                lanes.add(lane);
            } catch (IllegalArgumentException e) {
                problems.put(i, "lane " + (i + 1) + ": " + e.getMessage());
                lanes.add(null);
            }
        }
        if (!problems.isEmpty()) {
            return RaceCheck.blocked(problems.values().iterator().next(), problems);
        }
        return RaceCheck.ready(new RacePlan(lesson.info().title() + ": optimizer race", lanes, 0, false));
    }

    private static int indexOfLabel(List<RaceLane> lanes, String label) {
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i) != null && lanes.get(i).label().equals(label)) {
                return i;
            }
        }
        return -1;
    }

    /** Validated settings back as the text a person would type (exact: parsing it gives the same values). */
    static Map<String, String> rawValues(Lesson lesson, Settings settings) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (HyperParameter parameter : lesson.parameters()) {
            Object value = settings.values().get(parameter.name());
            if (value != null) {
                raw.put(parameter.name(), String.valueOf(value));
            }
        }
        return raw;
    }
}
