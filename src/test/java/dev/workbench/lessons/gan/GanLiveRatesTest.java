package dev.workbench.lessons.gan;

import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.RunState;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.TrainingRun;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two learning rates of a GAN change while it trains, each in its own network. */
class GanLiveRatesTest {

    @Test
    void theDiscriminatorsRateChangesAloneAndTrainingGoesOn() throws Exception {
        NativeSetup.configure();
        GanLesson lesson = new GanLesson();
        Settings start = lesson.validate(Map.of(), Settings.DEFAULT_SEED).orElseThrow();
        assertEquals(Set.of(GanLesson.G_LR, GanLesson.D_LR), lesson.liveParameters(start));
        double g = start.decimal(GanLesson.G_LR);
        double d = start.decimal(GanLesson.D_LR);
        try (TrainingRun run = new TrainingRun(lesson, lesson.prepare(start))) {
            run.stepIteration();
            await(run, 1);
            assertArrayEquals(new double[] {g, d}, rates(run), 1e-12);
            Settings faster = start.with(GanLesson.D_LR, d * 4);
            run.changeSettings(faster).get(1, TimeUnit.MINUTES);
            assertArrayEquals(new double[] {g, d * 4}, rates(run), 1e-12, "only the discriminator's rate changed");
            run.stepIteration();
            await(run, 2);
            assertTrue(Double.isFinite(run.history().iterations().get(1).loss()));
        }
    }

    private static double[] rates(TrainingRun run) throws Exception {
        return run.inspect(s -> ((GanSession) s).currentLearningRates()).get(1, TimeUnit.MINUTES);
    }

    private static void await(TrainingRun run, long iteration) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (run.iteration() < iteration || run.state() != RunState.PAUSED) {
            assertTrue(System.nanoTime() < deadline, "iteration " + iteration + " never came");
            Thread.sleep(5);
        }
    }
}
