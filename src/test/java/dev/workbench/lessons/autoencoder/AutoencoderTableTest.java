package dev.workbench.lessons.autoencoder;

import dev.workbench.lessons.data.BreastCancer;
import dev.workbench.lessons.data.DatasetLocator;
import dev.workbench.lessons.data.LabeledExamples;
import dev.workbench.lessons.data.LabeledTable;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.ProbeSpec;
import dev.workbench.lessons.engine.RunState;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.TrainingRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The autoencoder on the breast cancer table: trained on benign rows only, it flags malignant rows
 * by their reconstruction error far better than chance; the columns are standardised with training
 * rows only; models that need images are refused before any file is read.
 */
class AutoencoderTableTest {
    private static final Logger LOG = LoggerFactory.getLogger(AutoencoderTableTest.class);
    private static final Map<String, String> TABLE = Map.of(AutoencoderLesson.DATASET, AutoencoderSettings.BREAST_CANCER);

    private final AutoencoderLesson lesson = new AutoencoderLesson();

    @Test
    void defaultTableRunFlagsMalignantRowsFarBetterThanChance(@TempDir Path dir) throws Exception {
        NativeSetup.configure();
        AutoencoderSession session = lesson.prepare(settings(TABLE));
        double untrained = session.evaluate().value(AutoencoderLesson.RECONSTRUCTION_ERROR);
        TrainingRun run = new TrainingRun(session);
        run.start();
        assertTrue(run.awaitEnd(Duration.ofMinutes(2)));
        assertEquals(RunState.FINISHED, run.state());
        var last = run.history().epochs().get(run.history().epochs().size() - 1);
        double auc = run.inspect(s -> ((AutoencoderSession) s).anomalyScores().auc()).get();
        LOG.info("breast cancer: validation error untrained {}, trained {}, PCA {}; validation AUC {}, test AUC {}",
                untrained, last.value(AutoencoderLesson.RECONSTRUCTION_ERROR), last.value(AutoencoderLesson.PCA_ERROR),
                last.value(AutoencoderLesson.AUC), auc);
        // A default run reaches a test AUC of about 0.96 (seed 42); 0.8 leaves room for other machines and seeds.
        assertTrue(auc > 0.8, "test AUC " + auc);
        assertTrue(last.value(AutoencoderLesson.AUC) > 0.8, "validation AUC " + last.value(AutoencoderLesson.AUC));
        assertTrue(last.value(AutoencoderLesson.RECONSTRUCTION_ERROR) < untrained, "the error falls while training");
        assertTrue(last.values().containsKey(AutoencoderLesson.PCA_ERROR), "the PCA baseline is measured");
        assertFalse(last.values().containsKey(AutoencoderLesson.NOISY_ERROR), "noise is for images");

        var rows = (ProbeRecord.Images) run.inspect(s -> s.probe(AutoencoderLesson.FEATURE_RECONSTRUCTIONS).orElseThrow()).get();
        assertEquals(2 * 2 * AutoencoderSession.SHOWN_ROWS_PER_CLASS, rows.pixels().size());
        assertEquals(30, rows.width() * rows.height());
        assertEquals("benign", rows.captions().get(0));
        assertEquals("malignant", rows.captions().get(2 * AutoencoderSession.SHOWN_ROWS_PER_CLASS - 1));
        assertTrue(run.inspect(s -> s.probe(AutoencoderLesson.DECODED_GRID)).get().isEmpty(), "no pictures to decode");
        assertTrue(run.inspect(s -> s.probe(AutoencoderLesson.ANOMALY_ERRORS)).get().isPresent());
        var points = (ProbeRecord.Points) run.inspect(s -> s.probe(AutoencoderLesson.LATENT).orElseThrow()).get();
        assertEquals(2, points.groups().size());
        assertTrue(run.inspect(s -> ((AutoencoderSession) s).latentImages()).get().isEmpty(), "no thumbnails for rows");
        var measurements = run.inspect(s -> s.testMeasurements()).get();
        assertTrue(measurements.stream().anyMatch(m -> m.label().contains("AUC")), measurements.toString());

        Path file = dir.resolve("table" + Checkpoints.EXTENSION);
        double before = run.inspect(s -> {
            try {
                s.saveCheckpoint(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return ((AutoencoderSession) s).testError();
        }).get();
        try (AutoencoderSession restored = lesson.restore(Checkpoints.load(file))) {
            assertEquals(before, restored.testError(), 0.0, "a table checkpoint restores the same network and split");
        }
    }

    @Test
    void columnsAreStandardisedWithTheBenignTrainingRowsOnly() throws Exception {
        AutoencoderData data = TableSplits.split(BreastCancer.shipped(), 0, Settings.DEFAULT_SEED);
        LabeledExamples train = data.train();
        assertTrue(train.size() > 200 && train.size() < 230, "60% of the 357 benign rows: " + train.size());
        for (int i = 0; i < train.size(); i++) {
            assertEquals(BreastCancer.BENIGN, train.label(i), "only benign rows are trained on");
        }
        // Fitted on any other rows (all rows, or with the malignant ones), the training columns would not
        // average 0 with spread 1: malignant tumours are larger, so benign rows would sit well below 0.
        double[] mean = new double[train.featureCount()];
        double[] squares = new double[train.featureCount()];
        for (int i = 0; i < train.size(); i++) {
            float[] row = train.features(i);
            for (int c = 0; c < row.length; c++) {
                mean[c] += row[c] / (double) train.size();
                squares[c] += row[c] * (double) row[c] / train.size();
            }
        }
        for (int c = 0; c < mean.length; c++) {
            assertEquals(0, mean[c], 1e-4, "column " + c + " mean");
            assertEquals(1, Math.sqrt(squares[c] - mean[c] * mean[c]), 1e-3, "column " + c + " spread");
        }
        double anomalousRadius = 0;
        for (int i = 0; i < data.validationAnomalies().size(); i++) {
            anomalousRadius += data.validationAnomalies().features(i)[0] / data.validationAnomalies().size();
        }
        assertTrue(anomalousRadius > 1.5, "malignant rows lie far out on the benign scale: " + anomalousRadius);
        assertTrue(data.test().size() > 100 && data.validation().size() > 60, "validation and test rows kept apart");
        assertEquals(TableSplits.split(BreastCancer.shipped(), 0, Settings.DEFAULT_SEED).train().features(5)[3],
                train.features(5)[3], 0f, "the split is seeded");
    }

    @Test
    void modelsThatNeedImagesAreRefusedBeforeAnyDataIsRead(@TempDir Path empty) {
        String before = System.getProperty(DatasetLocator.PROPERTY);
        System.setProperty(DatasetLocator.PROPERTY, empty.toString());
        try {
            for (String model : new String[]{"conv", "vae"}) {
                Map<String, String> raw = Map.of(AutoencoderLesson.DATASET, AutoencoderSettings.BREAST_CANCER,
                        AutoencoderLesson.MODEL, model);
                var e = assertThrows(LessonException.class, () -> lesson.prepare(settings(raw)));
                assertTrue(e.getMessage().startsWith("Invalid autoencoder settings") && e.getMessage().contains("model dense"),
                        e.getMessage());
            }
            var bce = assertThrows(LessonException.class, () -> lesson.prepare(settings(Map.of(
                    AutoencoderLesson.DATASET, AutoencoderSettings.BREAST_CANCER, AutoencoderLesson.LOSS, "bce"))));
            assertTrue(bce.getMessage().contains("loss mse"), bce.getMessage());
            var held = assertThrows(LessonException.class, () -> lesson.prepare(settings(Map.of(
                    AutoencoderLesson.DATASET, AutoencoderSettings.BREAST_CANCER, AutoencoderLesson.ANOMALY, "bag"))));
            assertTrue(held.getMessage().contains("malignant"), held.getMessage());
            var missing = assertThrows(LessonException.class, () -> lesson.prepare(settings(TABLE)));
            assertTrue(missing.getMessage().contains(BreastCancer.FILE), "valid settings do read the file: " + missing.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(DatasetLocator.PROPERTY);
            } else {
                System.setProperty(DatasetLocator.PROPERTY, before);
            }
        }
    }

    @Test
    void aTableRunDeclaresOnlyWhatAppliesToRows() {
        Settings table = settings(TABLE);
        assertTrue(lesson.metrics(table).find(AutoencoderLesson.AUC).isPresent(), "always anomaly detection");
        assertTrue(lesson.metrics(table).find(AutoencoderLesson.NOISY_ERROR).isEmpty());
        var probes = lesson.probes(table).stream().map(ProbeSpec::id).toList();
        assertTrue(probes.contains(AutoencoderLesson.FEATURE_RECONSTRUCTIONS) && probes.contains(AutoencoderLesson.LATENT)
                && probes.contains(AutoencoderLesson.ANOMALY_ERRORS), probes.toString());
        assertFalse(probes.contains(AutoencoderLesson.RECONSTRUCTIONS) || probes.contains(AutoencoderLesson.DECODED_GRID),
                probes.toString());
        var imageProbes = lesson.probes(settings(Map.of())).stream().map(ProbeSpec::id).toList();
        assertFalse(imageProbes.contains(AutoencoderLesson.FEATURE_RECONSTRUCTIONS), imageProbes.toString());
    }

    private Settings settings(Map<String, String> raw) {
        return lesson.validate(raw, Settings.DEFAULT_SEED).orElseThrow();
    }
}
