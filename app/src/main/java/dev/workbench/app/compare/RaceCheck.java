package dev.workbench.app.compare;

import java.util.Map;
import java.util.Optional;

/**
 * Whether a race can start: a plan, or the reason it cannot (and, for optimizer rows, which rows
 * are wrong, by 0-based index).
 */
public record RaceCheck(RacePlan plan, String problem, Map<Integer, String> rowProblems) {
    public RaceCheck {
        rowProblems = Map.copyOf(rowProblems);
        if ((plan == null) == (problem == null)) {
            throw new IllegalArgumentException("either a plan or a problem");
        }
    }

    public static RaceCheck ready(RacePlan plan) {
        return new RaceCheck(plan, null, Map.of());
    }

    public static RaceCheck blocked(String problem) {
        return new RaceCheck(null, problem, Map.of());
    }

    public static RaceCheck blocked(String problem, Map<Integer, String> rowProblems) {
        return new RaceCheck(null, problem, rowProblems);
    }

    public boolean isReady() {
        return plan != null;
    }

    public Optional<RacePlan> readyPlan() {
        return Optional.ofNullable(plan);
    }
}
