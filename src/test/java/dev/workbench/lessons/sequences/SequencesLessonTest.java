package dev.workbench.lessons.sequences;

import dev.workbench.lessons.kit.FastLstm;
import dev.workbench.lessons.kit.FastSimpleRnn;
import dev.workbench.lessons.data.DatasetException;
import dev.workbench.lessons.data.DatasetLocator;
import dev.workbench.lessons.data.MissingValues;
import dev.workbench.lessons.data.Series;
import dev.workbench.lessons.data.SeriesCsv;
import dev.workbench.lessons.data.SeriesWindows;
import dev.workbench.lessons.data.SeriesWindows.Part;
import dev.workbench.lessons.data.TimeSplit;
import dev.workbench.lessons.data.WindowSpec;
import dev.workbench.lessons.data.ZScore;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.Measurement;
import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.StepResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SequencesLessonTest {
    private static final SequencesLesson LESSON = new SequencesLesson();

    @BeforeAll
    static void threads() {
        NativeSetup.applyThreadPolicy();
    }

    private static Settings settings(Map<String, String> raw) {
        return LESSON.validate(raw, Settings.DEFAULT_SEED).orElseThrow();
    }

    private static Path shippedSeries(String file) {
        return DatasetLocator.datasetsRoot().resolve("series").resolve(file);
    }

    private static double measured(List<Measurement> measurements, String label) {
        return measurements.stream().filter(m -> m.label().equals(label)).findFirst().orElseThrow().value();
    }

    @Test
    void lstmBeatsPersistenceOnSeattleAfterOneEpoch() throws Exception {
        try (SequencesSession session = LESSON.prepare(settings(Map.of()))) {
            session.startEpoch(1);
            for (int i = 0; i < session.iterationsPerEpoch(); i++) {
                session.trainIteration();
            }
            assertTrue(FastLstm.passes(session.network().getLayer(0)).fusedBackwards() > 0,
                    "the 16-unit LSTM trains in libnd4j's fused op (docs/benchmarks.md, Levers)");
            List<Measurement> test = session.testMeasurements();
            double model = measured(test, "Test MAE (lstm)");
            double persistence = measured(test, "Test MAE, persistence");
            assertTrue(model < MARGIN * persistence, "LSTM test MAE " + model + " °F vs persistence " + persistence + " °F");
        }
    }

    /**
     * Measured here after the default run's first epoch (190 updates): LSTM 0.30 °F, persistence 0.45 °F
     * (ratio 0.67); the bound leaves a safety factor for other machines.
     */
    static final double MARGIN = 0.9;

    @Test
    void scalingAndAutoregressionUseTheTrainingPartOnly() throws Exception {
        Series series = SeriesCsv.read(shippedSeries("seattle-temps.csv"), "date", List.of("temp"), MissingValues.REFUSE);
        SeriesWindows windows = SeriesWindows.of(series, WindowSpec.of(24, 1), TimeSplit.DEFAULT);
        int trainEnd = windows.rowEnd(Part.TRAIN);
        double sum = 0;
        for (int r = 0; r < trainEnd; r++) {
            sum += series.value(0, r);
        }
        assertEquals(sum / trainEnd, windows.scaler().mean()[0], 1e-9, "the mean is the training part's");

        double[][] values = series.values();
        for (int r = windows.rowStart(Part.VALIDATION); r < series.length(); r++) {
            values[0][r] = values[0][r] * 10 + 100;
        }
        Series changedFuture = new Series(series.name(), series.columns(), values, series.times(), 0);
        SeriesWindows changed = SeriesWindows.of(changedFuture, WindowSpec.of(24, 1), TimeSplit.DEFAULT);
        assertEquals(windows.scaler(), changed.scaler(), "changing validation and test values leaves the scaler unchanged");
        assertArrayEquals(Baselines.of(windows, 24).autoregressionWeights(), Baselines.of(changed, 24).autoregressionWeights(),
                "the autoregression is fitted on training windows only");

        try (SequencesSession session = LESSON.prepare(settings(Map.of()))) {
            assertEquals(ZScore.fit(series, 0, trainEnd), session.scaler(), "the lesson scales with training statistics");
        }
    }

    @Test
    void baselinesAreExactOnASeasonalSeries() throws Exception {
        int rows = 600;
        double[] wave = new double[rows];
        for (int t = 0; t < rows; t++) {
            wave[t] = 10 + Math.sin(2 * Math.PI * t / 24);
        }
        Series series = new Series("wave", List.of("v"), new double[][]{wave}, List.of(), 0);
        SeriesWindows windows = SeriesWindows.of(series, WindowSpec.of(30, 1), TimeSplit.DEFAULT);
        double[] mae = Baselines.of(windows, 24).meanAbsoluteErrors(Part.TEST);
        assertTrue(mae[0] > 0.1, "persistence lags a moving wave: " + mae[0]);
        assertEquals(0, mae[1], 1e-9, "seasonal naive repeats the wave exactly");
        assertEquals(0, mae[2], 1e-4, "a sine obeys a linear recurrence, so least squares finds it");
    }

    @Test
    void co2GapsAreInterpolated() throws Exception {
        Series co2 = SequencesLesson.read(SequencesSettings.from(settings(Map.of(SequencesLesson.SERIES, "co2"))));
        assertEquals(59, co2.filledCells());
        for (double v : co2.column(0)) {
            assertTrue(Double.isFinite(v) && v > 300 && v < 400, "ppm value " + v);
        }
    }

    @Test
    void aMissingSeriesFileIsNamed(@TempDir Path dir) {
        LessonException error = assertThrows(LessonException.class,
                () -> LESSON.prepare(settings(Map.of(SequencesLesson.DATA_DIR, dir.toString()))));
        assertTrue(error.getMessage().contains("seattle-temps.csv"), error.getMessage());
    }

    @Test
    void aBadSeriesFileIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sunspots.csv"), "YEAR,SUNACTIVITY\n1700,5\n1701,eleven\n");
        DatasetException error = assertThrows(DatasetException.class, () -> LESSON.prepare(settings(Map.of(
                SequencesLesson.DATA_DIR, dir.toString(), SequencesLesson.SERIES, "sunspots"))));
        assertTrue(error.getMessage().contains("sunspots.csv") && error.getMessage().contains("line 3"), error.getMessage());
        Files.writeString(dir.resolve("co2.csv"), "date,co2\n1958-03-29,316.1\n");
        LessonException tooShort = assertThrows(LessonException.class, () -> LESSON.prepare(settings(Map.of(
                SequencesLesson.DATA_DIR, dir.toString(), SequencesLesson.SERIES, "co2"))));
        assertTrue(tooShort.getMessage().contains("co2.csv"), tooShort.getMessage());
    }

    @Test
    void probesAreWellFormed() throws Exception {
        try (SequencesSession session = LESSON.prepare(settings(Map.of(SequencesLesson.CELL, "rnn",
                SequencesLesson.WINDOW, "12", SequencesLesson.HIDDEN, "8", SequencesLesson.LAYERS, "2")))) {
            session.startEpoch(1);
            session.trainIteration();
            for (int layer = 0; layer < 2; layer++) {
                assertTrue(FastSimpleRnn.passes(session.network().getLayer(layer))[1] > 0,
                        "SimpleRnn layer " + layer + " trains on the fast path (docs/benchmarks.md, Levers)");
            }
            ProbeRecord.Points forecast = (ProbeRecord.Points) session.probe(SequencesLesson.FORECAST).orElseThrow();
            assertEquals(List.of("true", "forecast"), forecast.groups());
            int n = forecast.x().length / 2;
            assertEquals(SequencesSession.FORECAST_POINTS, n);
            assertEquals(n, java.util.Arrays.stream(forecast.group()).filter(g -> g == 1).count());
            assertEquals(forecast.x()[0], forecast.x()[n], "forecast and truth share the time axis");
            ProbeRecord.Bars horizon = (ProbeRecord.Bars) session.probe(SequencesLesson.MEMORY_HORIZON).orElseThrow();
            assertEquals(12, horizon.values().length);
            assertEquals("k=0", horizon.labels().get(0));
            assertTrue(horizon.logScale());
            for (double v : horizon.values()) {
                assertTrue(Double.isFinite(v) && v >= 0, "gradient magnitude " + v);
            }
            assertTrue(java.util.Arrays.stream(horizon.values()).anyMatch(v -> v > 0), "the loss depends on the inputs");
            ProbeRecord.HeatRow hidden = (ProbeRecord.HeatRow) session.probe(SequencesLesson.HIDDEN_STATE).orElseThrow();
            assertEquals(8, hidden.values().length);
            for (double v : hidden.values()) {
                assertTrue(v >= -1 && v <= 1, "a tanh state " + v);
            }
            assertTrue(session.probe("no-such-probe").isEmpty());
        }
    }

    @Test
    void checkpointRoundTripMeasuresTheSame(@TempDir Path dir) throws Exception {
        Settings settings = settings(Map.of(SequencesLesson.SERIES, "sunspots", SequencesLesson.WINDOW, "16",
                SequencesLesson.LAYERS, "2", SequencesLesson.CELL, "rnn"));
        Path file = dir.resolve("sunspots" + Checkpoints.EXTENSION);
        List<Measurement> before;
        try (SequencesSession session = LESSON.prepare(settings)) {
            session.startEpoch(1);
            for (int i = 0; i < session.iterationsPerEpoch(); i++) {
                session.trainIteration();
            }
            before = session.testMeasurements();
            session.saveCheckpoint(file);
        }
        try (SequencesSession restored = LESSON.restore(Checkpoints.load(file))) {
            assertEquals(settings, restored.settings());
            assertTrue(FastSimpleRnn.isInstalled(restored.network().getLayer(1)), "a restored model gets the fast SimpleRnn too");
            assertEquals(before, restored.testMeasurements());
        }
        Map<String, String> otherSize = new HashMap<>(Checkpoints.load(file).rawSettings());
        otherSize.put(SequencesLesson.HIDDEN, "9");
        Checkpoints.Checkpoint loaded = Checkpoints.load(file);
        LessonException mismatch = assertThrows(LessonException.class, () -> LESSON.restore(
                new Checkpoints.Checkpoint(loaded.lessonId(), loaded.seed(), otherSize, loaded.networks())));
        assertTrue(mismatch.getMessage().contains("do not match"), mismatch.getMessage());
    }

    @Test
    void invalidSettingsAreRefused() {
        for (Map<String, String> bad : List.of(Map.of(SequencesLesson.WINDOW, "1"), Map.of(SequencesLesson.LAYERS, "3"),
                Map.of(SequencesLesson.CELL, "gru"), Map.of(SequencesLesson.SERIES, "stocks"),
                Map.of(SequencesLesson.HORIZON, "0"), Map.of(SequencesLesson.HIDDEN, "0"),
                Map.of(SequencesLesson.AUGMENTATION, "wobble:0.1@0.5"))) {
            assertFalse(LESSON.validate(bad, Settings.DEFAULT_SEED).isValid(), bad + " was accepted");
        }
        assertTrue(LESSON.validate(Map.of(), Settings.DEFAULT_SEED).isValid());
    }

    @Test
    void divergenceRuleCatchesNaNAndSustainedBlowUpOnly() {
        ForecastDivergence rule = new ForecastDivergence();
        assertTrue(rule.check(StepResult.of(1.0)).isEmpty());
        assertTrue(rule.check(StepResult.of(30.0)).isEmpty(), "one bad batch is not divergence");
        assertTrue(rule.check(StepResult.of(0.5)).isEmpty());
        for (int i = 0; i < ForecastDivergence.PATIENCE - 1; i++) {
            assertTrue(rule.check(StepResult.of(50.0)).isEmpty());
        }
        assertTrue(rule.check(StepResult.of(50.0)).isPresent());
        assertTrue(new ForecastDivergence().check(StepResult.of(Double.NaN)).isPresent());
    }

    @Test
    void augmentedTrainingStillLearns() throws Exception {
        try (SequencesSession session = LESSON.prepare(settings(Map.of(SequencesLesson.SERIES, "sunspots",
                SequencesLesson.AUGMENTATION, "jitter:0.03@0.5,scaling:0.1@0.5")))) {
            session.startEpoch(1);
            double first = session.trainIteration();
            double last = first;
            for (int e = 1; e <= 6; e++) {
                session.startEpoch(e);
                for (int i = 0; i < session.iterationsPerEpoch(); i++) {
                    last = session.trainIteration();
                }
            }
            assertTrue(last < first, "loss " + first + " -> " + last);
        }
    }

    /**
     * The lesson's claim about memory: after 60 updates on 48-hour windows, the loss's gradient 47
     * steps back, relative to the last step's, is far larger for the LSTM than for the plain RNN.
     * Measured here: RNN 5.7e-4, LSTM 3.7e-2 (65 times); asserted with a factor of 5.
     */
    @Test
    void theLstmsGradientReachesFurtherBackThanTheRnns() throws Exception {
        double[] reach = new double[2];
        String[] cells = {"rnn", "lstm"};
        for (int c = 0; c < cells.length; c++) {
            try (SequencesSession session = LESSON.prepare(settings(Map.of(SequencesLesson.CELL, cells[c],
                    SequencesLesson.WINDOW, "48", SequencesLesson.HIDDEN, "32")))) {
                session.startEpoch(1);
                for (int i = 0; i < 60; i++) {
                    session.trainIteration();
                }
                double[] byLag = session.memoryHorizon().values();
                reach[c] = byLag[47] / byLag[0];
            }
        }
        assertTrue(reach[1] > 5 * reach[0], "relative gradient 47 steps back: RNN " + reach[0] + ", LSTM " + reach[1]);
    }

    @Test
    void everyShippedSeriesPreparesWithFiniteBaselines() throws Exception {
        for (ShippedSeries series : ShippedSeries.values()) {
            try (SequencesSession session = LESSON.prepare(settings(Map.of(SequencesLesson.SERIES, series.cliName())))) {
                Map<String, Double> values = session.evaluate().values();
                for (String id : List.of(SequencesLesson.PERSISTENCE_MAE, SequencesLesson.SEASONAL_MAE,
                        SequencesLesson.AUTOREGRESSION_MAE, SequencesLesson.VALIDATION_MAE)) {
                    assertTrue(Double.isFinite(values.get(id)) && values.get(id) >= 0, series + " " + id + " " + values);
                }
                assertEquals(5, session.testMeasurements().size());
                assertTrue(session.testMeasurements().stream().allMatch(m -> m.unit().equals(series.unit())));
            }
        }
    }
}
