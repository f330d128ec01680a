package dev.workbench.lessons.autoencoder;

import dev.workbench.lessons.LessonCatalog;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.RunState;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.StepResult;
import dev.workbench.lessons.engine.TrainingRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trains the dense autoencoder with a 2-number code once, briefly, on 2,000 shipped images, and
 * checks what the lesson claims about it: it rebuilds images far better than before training, the
 * classes cluster on its map though it never saw a label, and its probes and checkpoints work.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutoencoderLessonTest {
    private static final Logger LOG = LoggerFactory.getLogger(AutoencoderLessonTest.class);
    static final Map<String, String> SHORT_RUN = Map.of("train-images", "2000", "epochs", "3");

    private final AutoencoderLesson lesson = new AutoencoderLesson();
    private TrainingRun run;
    private double untrainedError;

    @BeforeAll
    void trainOnce() throws Exception {
        NativeSetup.configure();
        AutoencoderSession session = lesson.prepare(settings(SHORT_RUN));
        untrainedError = session.evaluate().value(AutoencoderLesson.RECONSTRUCTION_ERROR);
        run = new TrainingRun(session);
        long start = System.nanoTime();
        run.start();
        assertTrue(run.awaitEnd(Duration.ofMinutes(5)));
        assertEquals(RunState.FINISHED, run.state());
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info("dense AE, {} iterations in {} s: {} samples/s", run.iteration(), seconds,
                run.iteration() * session.samplesPerIteration() / seconds);
    }

    Settings settings(Map<String, String> raw) {
        return lesson.validate(raw, Settings.DEFAULT_SEED).orElseThrow();
    }

    @Test
    void isInTheCatalogWithItsOwnDivergenceRule() {
        assertTrue(LessonCatalog.find(AutoencoderLesson.ID).isPresent());
        var rule = lesson.divergenceRule();
        assertTrue(rule.check(StepResult.of(0.05)).isEmpty());
        for (int i = 0; i < ReconstructionDivergence.PATIENCE - 1; i++) {
            assertTrue(rule.check(StepResult.of(0.6)).isEmpty(), "a few high losses are tolerated");
        }
        assertTrue(rule.check(StepResult.of(0.6)).isPresent(), "ten times the first loss for several updates is divergence");
        assertTrue(lesson.divergenceRule().check(StepResult.of(Double.NaN)).isPresent());
    }

    @Test
    void reconstructionErrorFallsWellBelowTheUntrainedValue() {
        var epochs = run.history().epochs();
        double trained = epochs.get(epochs.size() - 1).value(AutoencoderLesson.RECONSTRUCTION_ERROR);
        LOG.info("validation error per pixel: untrained {}, trained {}, PCA-2 {}", untrainedError, trained,
                epochs.get(0).value(AutoencoderLesson.PCA_ERROR));
        assertTrue(trained < untrainedError / 3, "untrained " + untrainedError + ", trained " + trained);
        assertTrue(epochs.get(0).value(AutoencoderLesson.PCA_ERROR) > 0.02, "PCA baseline measured");
        long reuses = run.inspect(s -> dev.workbench.lessons.kit.DenseForwardCache.reuses(
                ((AutoencoderSession) s).network().getLayer(0))).join();
        assertTrue(reuses > 0, "enc1 (784 x 256) reused its forward sums in backprop (DenseForwardCacheTest): " + reuses);
        long[] speedUps = run.inspect(s -> {
            var net = ((AutoencoderSession) s).network();
            return new long[] {dev.workbench.lessons.kit.DenseForwardCache.passesWithoutInputGradient(net.getLayer(0)),
                    dev.workbench.lessons.kit.DenseForwardCache.reuses(net.getOutputLayer()),
                    dev.workbench.lessons.kit.OwnGradientUpdates.ownGradientUpdates(net)};
        }).join();
        assertTrue(speedUps[0] > 0, "enc1 computed no gradient for the input images: " + speedUps[0]);
        assertTrue(speedUps[1] > 0, "the output layer's score reused backprop's sums: " + speedUps[1]);
        assertTrue(speedUps[2] > 0, "the updater took the network's own gradient: " + speedUps[2]);
    }

    @Test
    void classesClusterInTheTwoNumberCode() throws Exception {
        double[][] plane = run.inspect(s -> ((AutoencoderSession) s).latentPlane()).get();
        int[] labels = new int[plane[0].length];
        var test = run.inspect(s -> ((AutoencoderSession) s).testImages()).get();
        for (int i = 0; i < labels.length; i++) {
            labels[i] = test.label(i);
        }
        // Nearest class centroid, centroids from the first half of the points, scored on the second half.
        int half = labels.length / 2;
        double[][] centroids = new double[10][3];
        for (int i = 0; i < half; i++) {
            centroids[labels[i]][0] += plane[0][i];
            centroids[labels[i]][1] += plane[1][i];
            centroids[labels[i]][2]++;
        }
        int correct = 0;
        for (int i = half; i < labels.length; i++) {
            int best = -1;
            double bestDistance = Double.MAX_VALUE;
            for (int c = 0; c < 10; c++) {
                double dx = plane[0][i] - centroids[c][0] / centroids[c][2];
                double dy = plane[1][i] - centroids[c][1] / centroids[c][2];
                if (dx * dx + dy * dy < bestDistance) {
                    bestDistance = dx * dx + dy * dy;
                    best = c;
                }
            }
            correct += best == labels[i] ? 1 : 0;
        }
        double accuracy = correct / (double) (labels.length - half);
        LOG.info("nearest-centroid accuracy on the 2-D codes: {}", accuracy);
        assertTrue(accuracy > 0.35, "chance is 0.10, got " + accuracy);
    }

    @Test
    void probesAreWellFormed() throws Exception {
        var images = (ProbeRecord.Images) run.inspect(s -> s.probe(AutoencoderLesson.RECONSTRUCTIONS).orElseThrow()).get();
        assertEquals(16, images.pixels().size());
        assertTrue(images.captions().get(8).matches("[0-9]\\.[0-9]{3}"), "the reconstruction error: " + images.captions().get(8));
        var points = (ProbeRecord.Points) run.inspect(s -> s.probe(AutoencoderLesson.LATENT).orElseThrow()).get();
        assertEquals(AutoencoderSession.LATENT_POINTS, points.x().length);
        assertEquals(10, points.groups().size());
        var grid = (ProbeRecord.Images) run.inspect(s -> s.probe(AutoencoderLesson.DECODED_GRID).orElseThrow()).get();
        assertEquals(AutoencoderSession.GRID_SIDE * AutoencoderSession.GRID_SIDE, grid.pixels().size());
        for (float[] image : grid.pixels()) {
            for (float pixel : image) {
                assertTrue(pixel >= 0 && pixel <= 1);
            }
        }
        assertTrue(run.inspect(s -> s.probe(AutoencoderLesson.ANOMALY_ERRORS)).get().isEmpty(), "not in anomaly mode");
        assertTrue(lesson.probes().stream().allMatch(spec -> spec.kind() != null));
        float[] decoded = run.inspect(s -> ((AutoencoderSession) s).decode(0.0, 0.0)).get();
        assertEquals(784, decoded.length);
        List<float[]> path = run.inspect(s -> ((AutoencoderSession) s).interpolate(0, 1, 5)).get();
        assertEquals(5, path.size());
        var denoised = run.inspect(s -> ((AutoencoderSession) s).denoise(3)).get();
        assertTrue(denoised.outputError() < denoised.noisyError(), "even a plain AE fills in some masked pixels");
        var measurements = run.inspect(s -> s.testMeasurements()).get();
        assertEquals(3, measurements.size());
        assertTrue(measurements.get(0).value() < measurements.get(1).value() * 1.2, measurements.toString());
    }

    @Test
    void checkpointRoundTripGivesIdenticalOutputs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ae" + Checkpoints.EXTENSION);
        float[] before = run.inspect(s -> {
            try {
                s.saveCheckpoint(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return ((AutoencoderSession) s).decode(0.5, -0.5);
        }).get();
        try (AutoencoderSession restored = lesson.restore(Checkpoints.load(file))) {
            assertArrayEquals(before, restored.decode(0.5, -0.5), 0f);
            assertEquals(run.inspect(s -> ((AutoencoderSession) s).testError()).get(), restored.testError(), 0.0);
        }
    }

    @Test
    void invalidSettingsAreRefused() {
        assertFalse(lesson.validate(Map.of("bottleneck", "1"), 1).isValid());
        assertFalse(lesson.validate(Map.of("bottleneck", "33"), 1).isValid());
        assertFalse(lesson.validate(Map.of("model", "gan"), 1).isValid());
        assertFalse(lesson.validate(Map.of("loss", "hinge"), 1).isValid());
        assertFalse(lesson.validate(Map.of("noise", "blur:1@1"), 1).isValid());
        assertFalse(lesson.validate(Map.of("anomaly-class", "cat"), 1).isValid());
        var e = assertThrows(LessonException.class,
                () -> lesson.prepare(settings(Map.of("model", "vae", "noise", "masking:0.3@1"))));
        assertTrue(e.getMessage().contains("VAE"), e.getMessage());
    }
}
