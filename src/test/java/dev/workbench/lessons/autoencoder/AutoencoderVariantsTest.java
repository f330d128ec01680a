package dev.workbench.lessons.autoencoder;

import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The other models and modes, each in a short run on the shipped subset: conv, VAE, denoising, anomalies. */
class AutoencoderVariantsTest {
    private static final Logger LOG = LoggerFactory.getLogger(AutoencoderVariantsTest.class);
    private final AutoencoderLesson lesson = new AutoencoderLesson();

    @BeforeAll
    static void nd4j() {
        NativeSetup.configure();
    }

    private AutoencoderSession trained(Map<String, String> overrides) throws Exception {
        Map<String, String> raw = new HashMap<>(overrides);
        AutoencoderSession session = lesson.prepare(lesson.validate(raw, Settings.DEFAULT_SEED).orElseThrow());
        long start = System.nanoTime();
        for (int epoch = 1; epoch <= session.epochs(); epoch++) {
            session.startEpoch(epoch);
            for (int i = 0; i < session.iterationsPerEpoch(); i++) {
                session.trainIteration();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info("{}: {} samples/s", overrides, session.epochs() * session.iterationsPerEpoch() * session.samplesPerIteration() / seconds);
        return session;
    }

    @Test
    void convolutionalAutoencoderLearnsToReconstruct() throws Exception {
        Map<String, String> raw = Map.of("model", "conv", "train-images", "1000", "epochs", "2", "bottleneck", "8");
        try (AutoencoderSession untrained = lesson.prepare(lesson.validate(raw, Settings.DEFAULT_SEED).orElseThrow());
             AutoencoderSession session = trained(raw)) {
            double before = untrained.testError();
            double after = session.testError();
            LOG.info("conv AE test error: untrained {}, trained {}, PCA-8 {}", before, after, session.pcaTestError());
            assertTrue(after < 0.8 * before, before + " -> " + after);
            assertEquals(16, session.reconstructions().pixels().size());
            assertTrue(session.decodedGrid().isEmpty(), "no grid for an 8-number code");
            assertEquals(1000, session.latentMap().x().length);
            for (var layer : session.network().getLayers()) {
                if (layer instanceof org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer) {
                    long[] passes = dev.workbench.lessons.kit.FastPooling.passes(layer);
                    assertTrue(passes[0] > 0 && passes[1] > 0, "max pooling in Java, both ways (FastPoolingTest)");
                }
            }
        }
    }

    @Test
    void vaeSamplesFromThePriorDifferAndSurviveACheckpoint(@TempDir Path dir) throws Exception {
        try (AutoencoderSession session = trained(Map.of("model", "vae", "loss", "bce", "train-images", "1000", "epochs", "2"))) {
            LOG.info("VAE test error {}", session.testError());
            List<float[]> samples = session.generate(6, 7);
            double smallestDifference = Double.MAX_VALUE;
            for (int a = 0; a < samples.size(); a++) {
                for (int b = a + 1; b < samples.size(); b++) {
                    double sum = 0;
                    for (int p = 0; p < 784; p++) {
                        sum += Math.abs(samples.get(a)[p] - samples.get(b)[p]);
                    }
                    smallestDifference = Math.min(smallestDifference, sum / 784);
                }
            }
            LOG.info("smallest mean |difference| between VAE samples: {}", smallestDifference);
            assertTrue(smallestDifference > 0.005, "samples nearly identical: " + smallestDifference);
            Path file = dir.resolve("vae" + Checkpoints.EXTENSION);
            session.saveCheckpoint(file);
            try (AutoencoderSession restored = lesson.restore(Checkpoints.load(file))) {
                assertArrayEquals(session.decode(0.3, -1.2), restored.decode(0.3, -1.2), 0f);
            }
            assertTrue(session.probe(AutoencoderLesson.DECODED_GRID).isPresent());
        }
    }

    @Test
    void denoisingTrainingBeatsCleanTrainingOnNoisyImages() throws Exception {
        Map<String, String> base = Map.of("bottleneck", "16", "train-images", "2000", "epochs", "3");
        Map<String, String> noisy = new HashMap<>(base);
        noisy.put("noise", AutoencoderLesson.DEFAULT_TEST_NOISE);
        try (AutoencoderSession clean = trained(base); AutoencoderSession denoising = trained(noisy)) {
            double cleanError = clean.noisyTestError();
            double denoisingError = denoising.noisyTestError();
            LOG.info("error on noisy test images: trained clean {}, trained with noise {}", cleanError, denoisingError);
            assertTrue(denoisingError < 0.8 * cleanError, cleanError + " vs " + denoisingError);
        }
    }

    @Test
    void heldOutClassStandsOutByItsReconstructionError() throws Exception {
        try (AutoencoderSession session = trained(Map.of("anomaly-class", "bag", "train-images", "2000", "epochs", "3"))) {
            AnomalyScores scores = session.anomalyScores();
            double auc = scores.auc();
            LOG.info("anomaly AUC (bag held out): {}", auc);
            assertEquals(200, scores.anomalous().length);
            assertEquals(1800, scores.normal().length);
            assertTrue(auc > 0.75, "AUC " + auc);
            assertTrue(session.evaluate().value(AutoencoderLesson.AUC) > 0.55);
            var bars = (ProbeRecord.Bars) session.probe(AutoencoderLesson.ANOMALY_ERRORS).orElseThrow();
            assertEquals(2 * (AutoencoderSession.HISTOGRAM_EDGES.length - 1), bars.values().length);
            var measurements = session.testMeasurements();
            assertEquals(6, measurements.size(), measurements.toString());
            double recall = measurements.get(4).value();
            assertTrue(recall > AutoencoderSession.FALSE_ALARMS && recall <= 1,
                    "a detector better than chance catches more than its false-alarm rate: " + measurements);
        }
    }

    @Test
    void aucCountsRanksAndTies() {
        assertEquals(1.0, new AnomalyScores(new double[]{1, 2}, new double[]{3, 4}).auc(), 0);
        assertEquals(0.0, new AnomalyScores(new double[]{3, 4}, new double[]{1, 2}).auc(), 0);
        assertEquals(0.5, new AnomalyScores(new double[]{1, 1}, new double[]{1}).auc(), 0);
        assertEquals(0.75, new AnomalyScores(new double[]{1, 3}, new double[]{2, 4}).auc(), 1e-12);
        var detection = new AnomalyScores(new double[]{1, 3}, new double[]{2, 4}).detectAbove(2.5);
        assertEquals(0.5, detection.precision(), 1e-12);
        assertEquals(0.5, detection.recall(), 1e-12);
    }
}
