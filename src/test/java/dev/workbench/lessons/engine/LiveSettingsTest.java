package dev.workbench.lessons.engine;

import dev.workbench.lessons.LessonCatalog;
import dev.workbench.lessons.cnn.CnnLesson;
import dev.workbench.lessons.cnn.CnnSession;
import dev.workbench.lessons.optim.TrainingOptimizer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings that apply while a real network trains: the learning rate at the next iteration, nothing else. */
class LiveSettingsTest {
    private final CnnLesson lesson = new CnnLesson();

    private Settings settings(Map<String, String> raw) {
        return lesson.validate(raw, Settings.DEFAULT_SEED).orElseThrow();
    }

    private static double learningRate(TrainingRun run) throws Exception {
        return run.inspect(s -> ((CnnSession) s).currentLearningRate()).get(1, TimeUnit.MINUTES);
    }

    @Test
    void aNewLearningRateReachesTheUpdaterAtTheNextIteration() throws Exception {
        NativeSetup.configure();
        Settings start = settings(Map.of("train-images", "6400", "epochs", "3"));
        try (TrainingRun run = new TrainingRun(lesson, lesson.prepare(start))) {
            assertEquals(Set.of(TrainingOptimizer.LEARNING_RATE), run.liveParameters());
            run.stepIteration();
            awaitIteration(run, 1);
            assertEquals(1e-3, learningRate(run), 1e-9);

            // Paused: applied before the next update, which then trains with it.
            Settings faster = start.with(TrainingOptimizer.LEARNING_RATE, 3e-3);
            assertEquals(faster, run.changeSettings(faster).get(1, TimeUnit.MINUTES));
            assertEquals(3e-3, learningRate(run), 1e-9, "the updater's rate, read back from the network");
            assertEquals(faster, run.settings());
            run.stepIteration();
            awaitIteration(run, 2);
            assertEquals(3e-3, learningRate(run), 1e-9);

            // Running: applied between two iterations while training goes on.
            run.resume();
            Settings slower = start.with(TrainingOptimizer.LEARNING_RATE, 2e-4);
            assertEquals(slower, run.changeSettings(slower).get(1, TimeUnit.MINUTES));
            long appliedBy = run.iteration();
            assertEquals(2e-4, learningRate(run), 1e-9);
            // Resuming is asynchronous: the change may land while the run is still paused, so wait
            // for training to go on past the iteration it was applied by.
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (run.iteration() <= appliedBy && run.state() != RunState.FINISHED) {
                assertTrue(System.nanoTime() < deadline, "training did not go on after the change");
                Thread.sleep(5);
            }
            assertEquals(2e-4, learningRate(run), 1e-9, "still the new rate while training goes on");
            run.stop();
            assertTrue(run.awaitEnd(Duration.ofMinutes(1)));
            assertEquals(2e-4, run.inspect(LessonSession::settings).get().decimal(TrainingOptimizer.LEARNING_RATE),
                    "the session keeps the new rate, so a checkpoint stores what it trained with");
        }
    }

    @Test
    void aChangeThatNeedsANewRunIsRefusedWithAMessage() throws Exception {
        NativeSetup.configure();
        Settings start = settings(Map.of("train-images", "640"));
        try (TrainingRun run = new TrainingRun(lesson, lesson.prepare(start))) {
            run.stepIteration();
            awaitIteration(run, 1);
            ExecutionException epochs = assertThrows(ExecutionException.class,
                    () -> run.changeSettings(start.with("epochs", 3)).get());
            assertInstanceOf(IllegalArgumentException.class, epochs.getCause());
            assertTrue(epochs.getCause().getMessage().contains("epochs needs a new run"), epochs.getCause().getMessage());
            assertTrue(epochs.getCause().getMessage().contains("only learning-rate can change"), epochs.getCause().getMessage());
            ExecutionException seed = assertThrows(ExecutionException.class,
                    () -> run.changeSettings(start.withSeed(7)).get());
            assertTrue(seed.getCause().getMessage().contains("seed needs a new run"), seed.getCause().getMessage());
            assertEquals(start, run.settings(), "a refused change changes nothing");
            assertEquals(1e-3, learningRate(run), 1e-9);
        }
        Settings scheduled = settings(Map.of("train-images", "640", "lr-schedule", "cosine"));
        try (TrainingRun run = new TrainingRun(lesson, lesson.prepare(scheduled))) {
            assertEquals(Set.of(), run.liveParameters(), "a schedule sets the rate; changing it would drop the schedule");
            ExecutionException rate = assertThrows(ExecutionException.class,
                    () -> run.changeSettings(scheduled.with(TrainingOptimizer.LEARNING_RATE, 3e-3)).get());
            assertTrue(rate.getCause().getMessage().contains("learning-rate needs a new run"), rate.getCause().getMessage());
        }
    }

    @Test
    void everyLessonThatDeclaresALiveSettingCanApplyIt() throws Exception {
        NativeSetup.configure();
        int declaring = 0;
        for (Lesson each : LessonCatalog.all()) {
            Settings defaults = each.validate(Map.of(), Settings.DEFAULT_SEED).orElseThrow();
            Set<String> live = each.liveParameters(defaults);
            if (live.isEmpty()) {
                continue;
            }
            declaring++;
            try (TrainingRun run = new TrainingRun(each, each.prepare(defaults))) {
                run.stepIteration();
                awaitIteration(run, 1);
                Settings changed = defaults;
                for (String name : live) {
                    changed = changed.with(name, defaults.decimal(name) / 2);
                }
                assertEquals(changed, run.changeSettings(changed).get(1, TimeUnit.MINUTES), each.id());
                assertEquals(changed, run.inspect(LessonSession::settings).get(), each.id() + "'s session keeps them");
            }
        }
        assertTrue(declaring >= 6, "the CNN, augmentation, MLP, autoencoder and GAN lessons declare a live learning rate: " + declaring);
    }

    private static void awaitIteration(TrainingRun run, long iteration) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (run.iteration() < iteration || run.state() != RunState.PAUSED) {
            assertTrue(System.nanoTime() < deadline, "iteration " + iteration + " never came");
            Thread.sleep(5);
        }
    }
}
