package dev.workbench.lessons.engine;

import dev.workbench.lessons.engine.RunEvent.EpochMetrics;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;
import dev.workbench.lessons.engine.RunEvent.ProbeSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine's extension points on a real network: declared metrics, probes, sub-steps, early stopping, divergence rules. */
class PlatformExtensionsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static RunRules rules(int patience) {
        return new RunRules(ProbingSession.METRICS, DivergenceDetector::new, ProbingSession.PROBES, patience);
    }

    @Test
    void declaredValuesAndProbeNumbersReachTheEventsAndTheCsv(@TempDir Path dir) throws Exception {
        List<ProbeSample> probes = new CopyOnWriteArrayList<>();
        try (TrainingRun run = new TrainingRun(new ProbingSession(2, 0.05, 1), rules(0), CpuTurns.NONE)) {
            run.addListener(event -> {
                if (event instanceof ProbeSample sample) {
                    probes.add(sample);
                }
            });
            run.start();
            assertTrue(run.awaitEnd(TIMEOUT));
            List<IterationMetrics> iterations = run.history().iterations();
            assertEquals(20, iterations.size());
            assertTrue(iterations.stream().allMatch(it -> it.value(ProbingSession.WEIGHT_NORM) > 1),
                    "every update reports the declared weight norm");
            assertTrue(run.history().epochs().stream().allMatch(ep -> ep.value(ProbingSession.SHUFFLED_LOSS) > 0));

            // Every 5th iteration (the time limit never binds here) plus each epoch's end.
            assertEquals(4 + 2, probes.size(), "probes sampled at their declared rate: " + probes);
            ProbeRecord.Bars last = (ProbeRecord.Bars) probes.get(probes.size() - 1).record();
            assertEquals(List.of("hidden", "output"), last.labels());

            Path csv = dir.resolve("metrics.csv");
            run.history().writeCsv(csv);
            List<String> lines = Files.readAllLines(csv);
            assertEquals("type,epoch,iteration,loss,weight-norm,train-loss,shuffled-label-loss,samples_per_second,"
                    + "layer-norms.hidden,layer-norms.output", lines.get(0));
            assertEquals(1 + 20 + 2 + 6, lines.size());
            assertTrue(lines.stream().anyMatch(line -> line.startsWith("probe:layer-norms,1,5,")), String.join("\n", lines));
        }
    }

    @Test
    void aSubStepRunsOnceAsAnIterationAndPauses() throws Exception {
        ProbingSession session = new ProbingSession(2, 0.1, 1);
        INDArray hiddenBefore = session.network().getLayer(0).params().dup();
        INDArray outputBefore = session.network().getLayer(1).params().dup();
        try (TrainingRun run = new TrainingRun(session, rules(0), CpuTurns.NONE)) {
            run.stepSub(ProbingSession.OUTPUT_ONLY);
            awaitState(run, RunState.PAUSED);
            assertEquals(1, run.iteration());
            assertEquals(RunState.PAUSED, run.state());
            assertEquals(hiddenBefore, run.inspect(s -> session.network().getLayer(0).params().dup()).get(),
                    "the hidden layer is left alone");
            assertNotEquals(outputBefore, run.inspect(s -> session.network().getLayer(1).params().dup()).get(),
                    "the output layer learned");
            run.stepSub(ProbingSession.OUTPUT_ONLY);
            run.stepIteration();
            awaitIteration(run, 3);
            assertEquals(RunState.PAUSED, run.state());
        }
    }

    @Test
    void earlyStoppingEndsTheRunAndRestoresTheBestEpochsParameters() throws Exception {
        ProbingSession session = new ProbingSession(15, 0.3, 7);
        Map<Integer, INDArray> paramsAtEpoch = new ConcurrentHashMap<>();
        List<RunEvent.EarlyStopped> stops = new CopyOnWriteArrayList<>();
        try (TrainingRun run = new TrainingRun(session, rules(2), CpuTurns.NONE)) {
            // Listeners run on the training thread, so the parameters can be copied as each epoch ends.
            run.addListener(event -> {
                if (event instanceof EpochMetrics ep) {
                    paramsAtEpoch.put(ep.epoch(), session.network().params().dup());
                } else if (event instanceof RunEvent.EarlyStopped stopped) {
                    stops.add(stopped);
                }
            });
            run.start();
            assertTrue(run.awaitEnd(TIMEOUT));
            List<EpochMetrics> epochs = run.history().epochs();
            assertEquals(1, stops.size(), "early stopping reported once: " + epochs);
            RunEvent.EarlyStopped stop = stops.get(0);
            assertTrue(epochs.size() < 15, "nothing real is learnable on shuffled labels, so the run stops early: " + epochs);
            double best = epochs.stream().mapToDouble(ep -> ep.value(ProbingSession.SHUFFLED_LOSS)).min().orElseThrow();
            assertEquals(best, stop.bestValue(), 0.0);
            assertEquals(stop.bestEpoch() + 2, stop.stopEpoch(), "patience 2: stopped two epochs after the best");
            assertEquals(paramsAtEpoch.get(stop.bestEpoch()), run.inspect(s -> session.network().params().dup()).get(),
                    "the best epoch's parameters were put back");
            assertTrue(run.history().earlyStopped().isPresent());
        }
    }

    @Test
    void aLessonsOwnDivergenceRuleStopsTheRunWithItsMessage() throws Exception {
        DivergenceRule weightsMustNotGrow = new DivergenceRule() {
            private double first = Double.NaN;

            @Override
            public Optional<String> check(StepResult step) {
                double norm = step.value(ProbingSession.WEIGHT_NORM);
                if (Double.isNaN(first)) {
                    first = norm;
                    return Optional.empty();
                }
                return norm > first * 1.05 ? Optional.of("the weights grew by more than 5%") : Optional.empty();
            }
        };
        RunRules rules = new RunRules(ProbingSession.METRICS, () -> weightsMustNotGrow, List.of(), 0);
        List<String> failures = new ArrayList<>();
        try (TrainingRun run = new TrainingRun(new ProbingSession(5, 0.5, 1), rules, CpuTurns.NONE)) {
            run.addListener(event -> {
                if (event instanceof RunEvent.RunFailed failed) {
                    failures.add(failed.message());
                }
            });
            run.start();
            assertTrue(run.awaitEnd(TIMEOUT));
            assertEquals(RunState.FAILED, run.state());
            assertTrue(run.iteration() < 50, "stopped as soon as the rule fired: " + run.iteration());
            assertTrue(failures.get(0).contains("the weights grew by more than 5%"), failures.get(0));
        }
    }

    @Test
    void aCancelledPreparationThrowsAtTheNextReport() {
        Preparation.Cancelled cancelled = new Preparation.Cancelled();
        Preparation preparation = (step, fraction) -> {
            throw cancelled;
        };
        Lesson lesson = new dev.workbench.lessons.cnn.CnnLesson();
        Settings settings = lesson.validate(Map.of(), 1).orElseThrow();
        Exception thrown = org.junit.jupiter.api.Assertions.assertThrows(Preparation.Cancelled.class,
                () -> lesson.prepare(settings, preparation));
        assertEquals(cancelled, thrown);
        assertFalse(thrown.getMessage().isBlank());
    }

    private static void awaitState(TrainingRun run, RunState state) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (run.state() != state && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static void awaitIteration(TrainingRun run, long iteration) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while ((run.iteration() < iteration || run.state() != RunState.PAUSED) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }
}
