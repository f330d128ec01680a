package dev.workbench.lessons.kit;

import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.RunState;
import dev.workbench.lessons.engine.TrainingRun;
import dev.workbench.lessons.insight.ClassifierInsights;
import dev.workbench.lessons.insight.ConfusionMatrix;
import dev.workbench.lessons.insight.ImageSample;
import dev.workbench.lessons.insight.LayerSummary;
import dev.workbench.lessons.insight.Prediction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static dev.workbench.lessons.kit.TwoNetworkSessionTest.flat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A ComputationGraph classifier trains through the engine on the kit's session core. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphClassifierTest {
    private GraphClassifier session;
    private TrainingRun run;

    @BeforeAll
    void trainOnce() throws Exception {
        NativeSetup.configure();
        session = GraphClassifier.prepare(5);
        run = new TrainingRun(session);
        run.start();
        assertTrue(run.awaitEnd(Duration.ofMinutes(3)));
        assertEquals(RunState.FINISHED, run.state());
    }

    @Test
    void lossFallsAndTheGraphLearns() throws Exception {
        double[] losses = run.history().losses();
        assertEquals(40, losses.length);
        double first = Arrays.stream(losses, 0, 5).average().orElseThrow();
        double last = Arrays.stream(losses, 35, 40).average().orElseThrow();
        assertTrue(first > 1.5 && last < first - 0.5, "loss " + first + " -> " + last);
        double accuracy = run.inspect(s -> session.core().testScore().accuracy()).get();
        assertTrue(accuracy > 0.6, "test accuracy " + accuracy);
    }

    @Test
    void checkpointRoundTripGivesIdenticalOutputs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("graph" + Checkpoints.EXTENSION);
        float[] before = run.inspect(s -> {
            try {
                s.saveCheckpoint(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return flat(session.core().model().output(session.probe()));
        }).get();
        Checkpoints.Checkpoint checkpoint = Checkpoints.load(file);
        assertEquals(List.of(Checkpoints.SINGLE_NETWORK), List.copyOf(checkpoint.networks().keySet()));
        Dl4jModel restored = Dl4jModel.of(checkpoint.computationGraph());
        assertArrayEquals(before, flat(restored.output(session.probe())), 0f);
        assertEquals(session.core().model().numParams(), restored.numParams());
    }

    @Test
    void insightsShowPredictionsConfusionAndTheGraphsLayers() throws Exception {
        List<Prediction> predictions = run.inspect(s -> session.core().testPredictions(0, 16)).get();
        assertEquals(16, predictions.size());
        float sum = 0;
        for (float p : predictions.get(0).probabilities()) {
            sum += p;
        }
        assertEquals(1f, sum, 1e-4f);
        assertTrue(predictions.stream().filter(Prediction::correct).count() >= 8, "most of 16 predictions right");

        ConfusionMatrix matrix = run.inspect(s -> session.core().confusionMatrix()).get();
        assertEquals(session.core().data().test().size(), matrix.total());
        assertTrue(matrix.accuracy() > 0.6, "accuracy " + matrix.accuracy());

        List<LayerSummary> summary = run.inspect(s -> session.core().modelSummary()).get();
        assertEquals(List.of("conv1", "pool1", "dense-a", "dense-b", "add", "output"),
                summary.stream().map(LayerSummary::name).sorted(java.util.Comparator.comparingInt(List.of(
                        "conv1", "pool1", "dense-a", "dense-b", "add", "output")::indexOf)).toList());
        LayerSummary conv = summary.stream().filter(row -> row.name().equals("conv1")).findFirst().orElseThrow();
        assertEquals("[8, 24, 24]", conv.outputShape());
        assertEquals(8 * 25 + 8, conv.parameters());
        LayerSummary add = summary.stream().filter(row -> row.name().equals("add")).findFirst().orElseThrow();
        assertEquals("ElementWiseVertex", add.type());
        assertEquals(0, add.parameters());
        assertEquals("[32]", add.outputShape());

        List<ImageSample> filters = run.inspect(s -> session.core().firstLayerFilters()).get();
        assertEquals(8, filters.size());
        assertEquals(5, filters.get(0).width());
        List<ImageSample> maps = run.inspect(s -> session.core().featureMaps(3)).get();
        assertEquals(8, maps.size());
        assertEquals(24, maps.get(0).width());
    }

    @Test
    void aGraphWithoutConvolutionHasNoFiltersToShow() throws Exception {
        var net = new TwoNetworkSession(2).classifier();
        ClassifierInsights insights = new ClassifierInsights(net);
        assertTrue(!insights.hasConvolution());
        assertEquals(List.of(), insights.firstLayerFilters());
    }
}
