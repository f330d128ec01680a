package dev.workbench.lessons.race;

import dev.workbench.lessons.cnn.CnnLesson;
import dev.workbench.lessons.engine.Comparison;
import dev.workbench.lessons.mlp.MlpLesson;
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
    void theTargetIsJudgedOnTheSameNumberOfExamplesWhateverTheBatchSize() throws Exception {
        NativeSetup.configure();
        assertEquals(320, Race.smoothingWindow(1));
        assertEquals(10, Race.smoothingWindow(32));
        assertEquals(1, Race.smoothingWindow(2000));
        MlpLesson batchLesson = MlpLesson.batchSize();
        Comparison comparison = new Comparison("batches", "batch 1 vs 32", "", Map.of("epochs", "1", "train-images", "800"),
                List.of(new Comparison.Lane("batch 1", Map.of("batch-size", "1", "learning-rate", "0.005")),
                        new Comparison.Lane("batch 32", Map.of("batch-size", "32", "learning-rate", "0.05"))), 0, false);
        List<RaceLane> lanes = ComparisonLanes.of(batchLesson, comparison, Map.of(), Settings.DEFAULT_SEED);
        try (Race race = Race.prepare(batchLesson, lanes)) {
            race.start();
            assertTrue(race.awaitEnd(Duration.ofMinutes(3)));
            double target = 2.0;
            List<RaceResult> results = race.results(target);
            for (int lane = 0; lane < 2; lane++) {
                RaceResult result = results.get(lane);
                int batch = race.runs().get(lane).samplesPerIteration();
                assertTrue(result.iterationsToTarget().isPresent(), result.label() + " gets below " + target);
                long examples = result.iterationsToTarget().getAsLong() * batch;
                assertTrue(examples >= Race.TARGET_SMOOTHING_EXAMPLES, result.label() + ": credited after only "
                        + examples + " examples, fewer than the smoothing window covers");
                List<IterationMetrics> its = race.runs().get(lane).history().iterations();
                int at = (int) result.iterationsToTarget().getAsLong();
                int window = Race.smoothingWindow(batch);
                double mean = its.subList(at - window, at).stream().mapToDouble(IterationMetrics::loss).average().orElseThrow();
                assertTrue(mean <= target, result.label() + ": the mean over " + window + " iterations is " + mean);
            }
            // Ten single-example losses are too noisy to judge: the old 10-iteration window let the
            // batch-1 lane "arrive" long before its losses over 320 examples did.
            List<IterationMetrics> single = race.runs().get(0).history().iterations();
            int tenIterationCrossing = -1;
            for (int i = 10; i <= single.size() && tenIterationCrossing < 0; i++) {
                if (single.subList(i - 10, i).stream().mapToDouble(IterationMetrics::loss).average().orElseThrow() <= target) {
                    tenIterationCrossing = i;
                }
            }
            assertTrue(tenIterationCrossing > 0 && tenIterationCrossing < results.get(0).iterationsToTarget().getAsLong(),
                    "ten iterations of batch 1 cross at " + tenIterationCrossing + ", the fair window at "
                            + results.get(0).iterationsToTarget());
        }
    }

    @Test
    void lanesMustBeValidBeforeARaceStarts() {
        var e = assertThrows(IllegalArgumentException.class, () -> OptimizerLanes.of(lesson,
                Map.of("epochs", "0"), 1, OptimizerConfig.parseList("sgd:0.05,adam:0.001")));
        assertTrue(e.getMessage().contains("Epochs must be between 1 and 50"), e.getMessage());
    }
}
