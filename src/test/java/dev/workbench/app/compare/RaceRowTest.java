package dev.workbench.app.compare;

import java.util.Map;
import dev.workbench.lessons.engine.Metrics;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;
import dev.workbench.lessons.engine.RunState;
import dev.workbench.lessons.race.RaceResult;
import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RaceRowTest {

    @Test
    void speedsComeFromTheLanesOwnTrainingTime() {
        RaceResult result = new RaceResult("mini-batch 32", 400, Metrics.classifier(0.6), Map.of("train-loss", 0.5, "train-accuracy", 0.9,
                "validation-loss", 0.6, "validation-accuracy", 0.85), 4.0,
                OptionalLong.of(120), OptionalDouble.of(1.2), false, null);
        RaceRow row = RaceRow.of(1, result, RunState.STOPPED, 32);
        assertEquals(100, row.updatesPerSecond(), 1e-9);
        assertEquals(3200, row.samplesPerSecond(), 1e-9);
        assertEquals(0.05, row.gap(), 1e-12);
        assertEquals("", row.failureMessage());
    }

    @Test
    void theBatchSizeIsReadFromTheFirstIteration() {
        // The engine reports samples per second over the iterations so far: 32 samples in 0.004 s.
        IterationMetrics first = new IterationMetrics(1, 1, 1, 15, 2.3, Map.of(), 32 / 0.004, 0.06, 0.004);
        assertEquals(32, RaceRow.samplesPerIteration(first));
        IterationMetrics later = new IterationMetrics(1, 1, 2, 15, 2.2, Map.of(), 8000, 0.05, 0.008);
        assertTrue(Double.isNaN(RaceRow.samplesPerIteration(later)));
    }

    @Test
    void aDivergedLaneShowsTheEnginesMessageWithoutItsKind() {
        RaceResult result = new RaceResult("divergent (5)", 4, Metrics.classifier(0.6), Map.of("train-loss", 13.5), 0.16,
                OptionalLong.empty(), OptionalDouble.empty(), true, "DIVERGED: Training diverged at iteration 4: boom.");
        RaceRow row = RaceRow.of(3, result, RunState.FAILED, Double.NaN);
        assertTrue(row.diverged());
        assertEquals("Training diverged at iteration 4: boom.", row.failureMessage());
        assertTrue(Double.isNaN(row.samplesPerSecond()));
    }
}
