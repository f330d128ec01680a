package dev.workbench.lessons.kit;

import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.RunEvent;
import dev.workbench.lessons.engine.RunRules;
import dev.workbench.lessons.engine.RunState;
import dev.workbench.lessons.engine.TrainingRun;
import dev.workbench.lessons.engine.CpuTurns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A session with two networks and two losses trains through the engine and checkpoints both. */
class TwoNetworkSessionTest {
    @Test
    void bothLossesAreReportedAndFallAndBothNetworksSurviveACheckpoint(@TempDir Path dir) throws Exception {
        TwoNetworkSession session = new TwoNetworkSession(7);
        List<RunEvent.IterationMetrics> iterations = new CopyOnWriteArrayList<>();
        RunRules rules = new RunRules(TwoNetworkSession.METRICS, RunRules.DEFAULT.divergence(), List.of(), 0);
        try (TrainingRun run = new TrainingRun(session, rules, CpuTurns.NONE)) {
            run.addListener(event -> {
                if (event instanceof RunEvent.IterationMetrics metrics) {
                    iterations.add(metrics);
                }
            });
            run.start();
            assertTrue(run.awaitEnd(Duration.ofMinutes(2)));
            assertEquals(RunState.FINISHED, run.state());
            assertEquals(80, iterations.size());
            double firstA = iterations.get(0).loss();
            double firstB = iterations.get(0).values().get(TwoNetworkSession.LOSS_B);
            double lastA = mean(iterations.subList(70, 80), false);
            double lastB = mean(iterations.subList(70, 80), true);
            assertTrue(Double.isFinite(lastA) && Double.isFinite(lastB));
            assertTrue(lastA < firstA * 0.8, "classifier loss " + firstA + " -> " + lastA);
            assertTrue(lastB < firstB * 0.8, "regressor loss " + firstB + " -> " + lastB);

            Path file = dir.resolve("two" + Checkpoints.EXTENSION);
            INDArray[] before = run.inspect(s -> {
                try {
                    s.saveCheckpoint(file);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return new INDArray[]{session.classifier().output(session.probe()).dup(),
                        session.regressor().output(session.probe()).dup()};
            }).get();
            Checkpoints.Checkpoint checkpoint = Checkpoints.load(file);
            assertEquals(List.of("classifier", "regressor"), List.copyOf(checkpoint.networks().keySet()));
            assertEquals("two-networks", checkpoint.lessonId());
            assertEquals(7, checkpoint.seed());
            assertEquals("two nets", checkpoint.rawSettings().get("note"));
            Dl4jModel classifier = Dl4jModel.of(checkpoint.multiLayerNetwork("classifier"));
            Dl4jModel regressor = Dl4jModel.of(checkpoint.network("regressor"));
            assertInstanceOf(Dl4jModel.Layers.class, regressor);
            assertArrayEquals(flat(before[0]), flat(classifier.output(session.probe())), 0f);
            assertArrayEquals(flat(before[1]), flat(regressor.output(session.probe())), 0f);
        }
    }

    static float[] flat(INDArray array) {
        return array.dup('c').data().asFloat();
    }

    private static double mean(List<RunEvent.IterationMetrics> window, boolean b) {
        return window.stream().mapToDouble(m -> b ? m.values().get(TwoNetworkSession.LOSS_B) : m.loss()).average().orElseThrow();
    }
}
