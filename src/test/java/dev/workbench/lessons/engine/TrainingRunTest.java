package dev.workbench.lessons.engine;

import dev.workbench.lessons.engine.RunEvent.EpochMetrics;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;
import dev.workbench.lessons.engine.RunEvent.RunFailed;
import dev.workbench.lessons.engine.RunEvent.StateChanged;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class TrainingRunTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @BeforeAll
    static void loadNatives() {
        NativeSetup.configure();
    }

    @Test
    void eventsArriveInOrder() throws Exception {
        List<RunEvent> events = Collections.synchronizedList(new ArrayList<>());
        try (TrainingRun run = new TrainingRun(new TinySession(2, 0.1, 1))) {
            run.addListener(events::add);
            run.start();
            assertTrue(run.awaitEnd(TIMEOUT));
        }
        assertEquals(new StateChanged(RunState.READY, RunState.RUNNING), events.get(0));
        assertEquals(new StateChanged(RunState.RUNNING, RunState.FINISHED), events.get(events.size() - 1));
        long expectedIteration = 1;
        int epochsSeen = 0;
        for (RunEvent event : events.subList(1, events.size() - 1)) {
            if (event instanceof IterationMetrics it) {
                assertEquals(expectedIteration++, it.iteration());
                assertEquals(epochsSeen + 1, it.epoch());
                assertEquals(40, it.totalIterations());
            } else if (event instanceof EpochMetrics ep) {
                epochsSeen++;
                assertEquals(epochsSeen, ep.epoch());
                assertEquals(20L * epochsSeen, ep.iteration(), "epoch metrics follow the epoch's last iteration");
                assertTrue(ep.value("train-loss") > 0);
            } else {
                fail("unexpected event in the middle of a run: " + event);
            }
        }
        assertEquals(41, expectedIteration);
        assertEquals(2, epochsSeen);
    }

    @Test
    void slowMotionLimitsTheStepRateAndFullSpeedLiftsIt() throws Exception {
        try (TrainingRun run = new TrainingRun(new TinySession(50, 0.05, 1))) {
            run.setStepsPerSecond(2);
            run.start();
            Thread.sleep(1000);
            long slowed = run.iteration();
            assertTrue(slowed >= 1 && slowed < 10, "2 steps/s for about 1 s: " + slowed + " iterations");
            assertEquals("ok", run.inspect(session -> "ok").get(2, TimeUnit.SECONDS), "answers while it waits");
            run.setPace(Pace.FULL);
            Thread.sleep(1000);
            assertTrue(run.iteration() > slowed + 10, "full speed again: " + slowed + " -> " + run.iteration());
            run.stop();
            assertTrue(run.awaitEnd(TIMEOUT));
        }
    }

    @Test
    void meanSpeedCountsEverySampleOverTrainingTime() throws Exception {
        try (TrainingRun run = new TrainingRun(new TinySession(2, 0.1, 1))) {
            assertTrue(run.meanSamplesPerSecond().isEmpty(), "no speed before the first iteration");
            run.start();
            assertTrue(run.awaitEnd(TIMEOUT));
            List<IterationMetrics> iterations = run.history().iterations();
            double seconds = iterations.get(iterations.size() - 1).trainingSeconds();
            assertEquals(40.0 * run.samplesPerIteration() / seconds, run.meanSamplesPerSecond().orElseThrow(), 1e-9);
        }
    }

    @Test
    void lossDecreasesOverARun() throws Exception {
        try (TrainingRun run = new TrainingRun(new TinySession(3, 0.1, 1))) {
            run.start();
            assertTrue(run.awaitEnd(TIMEOUT));
            List<EpochMetrics> epochs = run.history().epochs();
            assertTrue(epochs.get(2).value("train-loss") < epochs.get(0).value("train-loss") * 0.8,
                    "train loss should fall: " + epochs);
        }
    }

    @Test
    void pauseStopsNewIterationsUntilResumed() throws Exception {
        try (TrainingRun run = new TrainingRun(new TinySession(50, 0.05, 1))) {
            run.start();
            waitFor(() -> run.iteration() >= 3);
            run.pause();
            waitFor(() -> run.state() == RunState.PAUSED);
            long pausedAt = run.iteration();
            TimeUnit.MILLISECONDS.sleep(500);
            assertEquals(pausedAt, run.iteration(), "no iteration may run while paused");
            run.resume();
            waitFor(() -> run.iteration() > pausedAt + 2);
            assertEquals(RunState.RUNNING, run.state());
        }
    }

    @Test
    void stopEndsTheRunEarly() throws Exception {
        try (TrainingRun run = new TrainingRun(new TinySession(50, 0.05, 1))) {
            run.start();
            waitFor(() -> run.iteration() >= 2);
            run.stop();
            assertTrue(run.awaitEnd(TIMEOUT));
            assertEquals(RunState.STOPPED, run.state());
            long stoppedAt = run.iteration();
            assertTrue(stoppedAt < run.totalIterations());
            TimeUnit.MILLISECONDS.sleep(200);
            assertEquals(stoppedAt, run.iteration());
        }
    }

    @Test
    void stepIterationTrainsExactlyOneIteration() throws Exception {
        try (TrainingRun run = new TrainingRun(new TinySession(5, 0.05, 1))) {
            run.stepIteration();
            waitFor(() -> run.state() == RunState.PAUSED);
            assertEquals(1, run.iteration());
            run.stepIteration();
            waitFor(() -> run.iteration() == 2 && run.state() == RunState.PAUSED);
            TimeUnit.MILLISECONDS.sleep(200);
            assertEquals(2, run.iteration());
        }
    }

    @Test
    void stepEpochTrainsToTheEndOfTheEpoch() throws Exception {
        try (TrainingRun run = new TrainingRun(new TinySession(5, 0.05, 1))) {
            run.stepEpoch();
            waitFor(() -> run.history().epochs().size() == 1 && run.state() == RunState.PAUSED);
            assertEquals(20, run.iteration());
            run.stepIteration();
            run.stepEpoch();
            waitFor(() -> run.history().epochs().size() == 2 && run.state() == RunState.PAUSED);
            assertEquals(40, run.iteration());
        }
    }

    @Test
    void sameSeedGivesTheSameLosses() throws Exception {
        double[] first = losses(7);
        double[] second = losses(7);
        double[] other = losses(8);
        assertArrayEquals(first, second, 1e-6);
        assertFalse(java.util.Arrays.equals(first, other), "another seed should give another curve");
    }

    @Test
    void divergenceStopsTheRunAndExplainsWhy() throws Exception {
        List<RunFailed> failures = new ArrayList<>();
        try (TrainingRun run = new TrainingRun(new TinySession(5, 1e6, 1))) {
            run.addListener(event -> {
                if (event instanceof RunFailed failed) {
                    failures.add(failed);
                }
            });
            run.start();
            assertTrue(run.awaitEnd(TIMEOUT));
            assertEquals(RunState.FAILED, run.state());
        }
        assertEquals(1, failures.size());
        RunFailed failure = failures.get(0);
        assertEquals(RunEvent.FailureKind.DIVERGED, failure.kind());
        assertTrue(failure.message().contains("learning rate"), failure.message());
        assertTrue(failure.message().contains("1000000 with sgd"), failure.message());
    }

    @Test
    void inspectRunsOnTheTrainingThreadWhileTraining() throws Exception {
        try (TrainingRun run = new TrainingRun(new TinySession(50, 0.05, 1))) {
            run.start();
            waitFor(() -> run.iteration() >= 1);
            String thread = run.inspect(session -> Thread.currentThread().getName()).get(30, TimeUnit.SECONDS);
            assertTrue(thread.startsWith("training-"), thread);
            assertEquals(RunState.RUNNING, run.state());
        }
    }

    @Test
    void historyExportsCsv(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        try (TrainingRun run = new TrainingRun(new TinySession(1, 0.1, 1))) {
            run.start();
            assertTrue(run.awaitEnd(TIMEOUT));
            java.nio.file.Path csv = dir.resolve("out/metrics.csv");
            run.history().writeCsv(csv);
            List<String> lines = java.nio.file.Files.readAllLines(csv);
            assertEquals("type,epoch,iteration,loss,train-loss,validation-loss,samples_per_second", lines.get(0));
            assertEquals(1 + 20 + 1, lines.size());
            assertTrue(lines.get(1).startsWith("iteration,1,1,"));
            assertTrue(lines.get(21).startsWith("epoch,1,20,"));
        }
    }

    private static double[] losses(long seed) throws Exception {
        try (TrainingRun run = new TrainingRun(new TinySession(2, 0.1, seed))) {
            run.start();
            assertTrue(run.awaitEnd(TIMEOUT));
            return run.history().losses();
        }
    }

    static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("condition not reached within " + TIMEOUT);
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }
}
