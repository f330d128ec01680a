package dev.workbench.lessons.cnn;

import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.RunState;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.TrainingRun;
import dev.workbench.lessons.insight.ConfusionMatrix;
import dev.workbench.lessons.insight.ImageSample;
import dev.workbench.lessons.insight.LayerSummary;
import dev.workbench.lessons.insight.Prediction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trains the real LeNet once on the shipped subset and checks what the lesson reports about it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CnnLessonTest {
    private final CnnLesson lesson = new CnnLesson();
    private TrainingRun run;
    private CnnSession session;

    @BeforeAll
    void trainOnce() throws Exception {
        NativeSetup.configure();
        Settings settings = lesson.validate(Map.of("epochs", "2"), Settings.DEFAULT_SEED).orElseThrow();
        session = lesson.prepare(settings);
        run = new TrainingRun(session);
        run.start();
        assertTrue(run.awaitEnd(Duration.ofMinutes(5)));
        assertEquals(RunState.FINISHED, run.state());
    }

    @Test
    void learnsToClassifyTheShippedSubset() throws Exception {
        double accuracy = run.inspect(s -> ((CnnSession) s).testScore().accuracy()).get();
        assertTrue(accuracy >= 0.80, "test accuracy " + accuracy);
        var epochs = run.history().epochs();
        assertTrue(epochs.get(1).value("train-loss") < epochs.get(0).value("train-loss"));
        assertTrue(run.history().losses()[0] > 1.5, "training starts near log(10) = 2.3");
    }

    @Test
    void bothPoolingLayersTrainedThroughJavaPooling() {
        var layers = java.util.Arrays.stream(session.network().getLayers())
                .filter(layer -> layer instanceof org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer).toList();
        assertEquals(2, layers.size());
        for (var layer : layers) {
            long[] passes = dev.workbench.lessons.kit.FastPooling.passes(layer);
            assertTrue(passes[0] > 0 && passes[1] > 0, "forward and backward passes in Java (FastPoolingTest)");
        }
    }

    @Test
    void theFirstConvolutionSkipsTheInputGradient() {
        long passes = dev.workbench.lessons.kit.FirstConvolution.backwardPasses(session.network().getLayer(0));
        assertTrue(passes > 0, "conv1's backward passes without an input gradient (FirstConvolutionTest): " + passes);
    }

    @Test
    void checkpointRoundTripGivesIdenticalPredictions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cnn" + Checkpoints.EXTENSION);
        List<Prediction> before = run.inspect(s -> {
            try {
                s.saveCheckpoint(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return ((CnnSession) s).testPredictions(0, 32);
        }).get();
        assertTrue(Files.size(file) > 100_000);
        try (CnnSession restored = lesson.restore(Checkpoints.load(file))) {
            assertEquals(session.settings(), restored.settings());
            List<Prediction> after = restored.testPredictions(0, 32);
            for (int i = 0; i < before.size(); i++) {
                assertArrayEquals(before.get(i).probabilities(), after.get(i).probabilities(), 0f);
            }
        }
    }

    @Test
    void corruptCheckpointsNameTheFileAndTheProblem(@TempDir Path dir) throws Exception {
        Path garbage = dir.resolve("garbage" + Checkpoints.EXTENSION);
        Files.writeString(garbage, "this is not a model");
        var e = assertThrows(Checkpoints.CheckpointException.class, () -> Checkpoints.load(garbage));
        assertTrue(e.getMessage().contains(garbage.toString()) && e.getMessage().contains("not a zip"), e.getMessage());

        Path empty = Files.createFile(dir.resolve("empty" + Checkpoints.EXTENSION));
        var e2 = assertThrows(Checkpoints.CheckpointException.class, () -> Checkpoints.load(empty));
        assertTrue(e2.getMessage().contains("empty"), e2.getMessage());

        Path missing = dir.resolve("missing" + Checkpoints.EXTENSION);
        var e3 = assertThrows(Checkpoints.CheckpointException.class, () -> Checkpoints.load(missing));
        assertTrue(e3.getMessage().contains("does not exist"), e3.getMessage());
    }

    @Test
    void insightsDescribeTheTrainedNetwork() throws Exception {
        ConfusionMatrix matrix = run.inspect(s -> ((CnnSession) s).confusionMatrix()).get();
        assertEquals(2000, matrix.total());
        assertTrue(matrix.accuracy() >= 0.80);
        assertEquals(matrix.count(0, 6), matrix.members(0, 6).size());

        List<ImageSample> filters = run.inspect(s -> ((CnnSession) s).firstLayerFilters()).get();
        assertEquals(20, filters.size());
        assertEquals(5, filters.get(0).width());
        List<ImageSample> maps = run.inspect(s -> ((CnnSession) s).featureMaps(3)).get();
        assertEquals(20, maps.size());
        assertEquals(24, maps.get(0).width());

        List<LayerSummary> summary = run.inspect(s -> ((CnnSession) s).modelSummary()).get();
        assertEquals(List.of("conv1", "pool1", "conv2", "pool2", "dense", "output"),
                summary.stream().map(LayerSummary::name).toList());
        assertEquals("[20, 24, 24]", summary.get(0).outputShape());
        assertEquals(20 * 25 + 20, summary.get(0).parameters());
        assertEquals(800 * 500 + 500, summary.get(4).parameters());
    }

    @Test
    void invalidSettingsAreRefusedBeforeARun() {
        var validation = lesson.validate(Map.of("learning-rate", "5", "optimizer", "adamw"), 1);
        assertTrue(!validation.isValid());
        assertTrue(validation.errors().get("learning-rate").contains("between"));
        assertTrue(validation.errors().get("optimizer").contains("sgd | momentum | nesterov | rmsprop | adagrad | adadelta | adam | adamax | nadam | amsgrad"));
    }
}
