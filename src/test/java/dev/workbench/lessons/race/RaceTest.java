package dev.workbench.lessons.race;

import dev.workbench.lessons.cnn.CnnLesson;
import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;
import dev.workbench.lessons.engine.RunState;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.TrainingRun;
import dev.workbench.lessons.optim.OptimizerConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RaceTest {
    private final CnnLesson lesson = new CnnLesson();

    @Test
    void twoOptimizersGiveTwoCompleteHistoriesFromTheSameStart() throws Exception {
        NativeSetup.configure();
        List<RaceLane> lanes = OptimizerLanes.of(lesson, Map.of("epochs", "1", "train-images", "1280"),
                Settings.DEFAULT_SEED, OptimizerConfig.parseList("sgd:0.05,adam:0.001"));
        try (Race race = Race.prepare(lesson, lanes)) {
            race.start();
            assertTrue(race.awaitEnd(Duration.ofMinutes(3)));
            for (TrainingRun run : race.runs()) {
                assertEquals(RunState.FINISHED, run.state());
                assertEquals(20, run.history().iterations().size());
                assertEquals(1, run.history().epochs().size());
            }
            List<IterationMetrics> sgd = race.runs().get(0).history().iterations();
            List<IterationMetrics> adam = race.runs().get(1).history().iterations();
            assertEquals(sgd.get(0).loss(), adam.get(0).loss(), 1e-6,
                    "same seed and data order: both lanes see the same first batch with the same initial weights");
            assertNotEquals(sgd.get(19).loss(), adam.get(19).loss(), "different optimizers take different paths");

            List<RaceResult> results = race.results(10.0);
            assertEquals("SGD (lr 0.05)", results.get(0).label());
            assertTrue(results.get(1).iterationsToTarget().isPresent(), "a loss below 10 is reached at once");
            assertTrue(results.stream().noneMatch(RaceResult::diverged));
        }
    }

    @Test
    void lanesMustBeValidBeforeARaceStarts() {
        var e = assertThrows(IllegalArgumentException.class, () -> OptimizerLanes.of(lesson,
                Map.of("epochs", "0"), 1, OptimizerConfig.parseList("sgd:0.05,adam:0.001")));
        assertTrue(e.getMessage().contains("Epochs must be between 1 and 50"), e.getMessage());
    }
}
