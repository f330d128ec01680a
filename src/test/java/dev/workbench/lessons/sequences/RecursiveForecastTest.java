package dev.workbench.lessons.sequences;

import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecursiveForecastTest {
    private static final SequencesLesson LESSON = new SequencesLesson();
    /** Steps ahead compared: six hours, where feeding back has compounded but persistence is not yet hopeless. */
    private static final int SHORT_HORIZON = 6;

    @BeforeAll
    static void threads() {
        NativeSetup.applyThreadPolicy();
    }

    private static Settings settings(Map<String, String> raw) {
        return LESSON.validate(raw, Settings.DEFAULT_SEED).orElseThrow();
    }

    @Test
    void oneRecursiveStepIsTheOneStepForecast() throws Exception {
        try (SequencesSession session = LESSON.prepare(settings(Map.of()))) {
            session.startEpoch(1);
            for (int i = 0; i < 20; i++) {
                session.trainIteration();
            }
            ProbeRecord.Points probe = session.forecastProbe();
            int n = probe.x().length / 2;
            for (int w : new int[]{0, 7, n - 1}) {
                int target = (int) probe.x()[n + w];
                RecursiveForecast forecast = session.recursiveForecast(target - 1, 1);
                assertNull(forecast.problem());
                assertEquals(probe.y()[n + w], forecast.model()[0], 1e-4, "window " + w);
                assertEquals(probe.y()[w], forecast.truth()[0], 1e-9, "the truth at the target row");
            }
        }
    }

    @Test
    void baselinesRepeatTheLastValueAndTheLastSeason() throws Exception {
        try (SequencesSession session = LESSON.prepare(settings(Map.of()))) {
            SeriesTimeline timeline = session.timeline();
            int origin = timeline.validationStart() + 100;
            RecursiveForecast forecast = session.recursiveForecast(origin, 48);
            double[] history = forecast.history();
            double last = history[history.length - 1];
            for (int k = 0; k < 48; k++) {
                assertEquals(last, forecast.persistence()[k], 0);
            }
            assertEquals(history[history.length - 24], forecast.seasonalNaive()[0], 0, "one day back");
            assertEquals(forecast.seasonalNaive()[0], forecast.seasonalNaive()[24], 0, "then the same day again");
            assertEquals(timeline.time(origin + 1).length() > 0, true);
        }
    }

    @Test
    void horizonAboveOneHasNoRecursiveModelForecast() throws Exception {
        try (SequencesSession session = LESSON.prepare(settings(Map.of(SequencesLesson.HORIZON, "3")))) {
            RecursiveForecast forecast = session.recursiveForecast(session.timeline().validationStart() + 10, 12);
            assertNotNull(forecast.problem());
            assertTrue(Double.isNaN(forecast.model()[0]));
            assertTrue(Double.isFinite(forecast.persistence()[0]));
        }
    }

    /**
     * After the default run's first epoch, fed its own forecasts back for six hours from every
     * sixth validation hour. Measured here: LSTM 1.75 °F, persistence 2.64 °F (ratio 0.66),
     * the linear autoregression 0.31 °F; the bound leaves a safety factor.
     */
    @Test
    void trainedModelFedBackBeatsPersistenceOverSixHoursOnSeattle() throws Exception {
        try (SequencesSession session = LESSON.prepare(settings(Map.of()))) {
            session.startEpoch(1);
            for (int i = 0; i < session.iterationsPerEpoch(); i++) {
                session.trainIteration();
            }
            SeriesTimeline timeline = session.timeline();
            double model = 0;
            double persistence = 0;
            int origins = 0;
            for (int origin = timeline.validationStart() + timeline.window(); origin + SHORT_HORIZON < timeline.testStart();
                 origin += 6) {
                RecursiveForecast forecast = session.recursiveForecast(origin, SHORT_HORIZON);
                model += forecast.meanAbsoluteError(forecast.model(), SHORT_HORIZON);
                persistence += forecast.meanAbsoluteError(forecast.persistence(), SHORT_HORIZON);
                origins++;
            }
            model /= origins;
            persistence /= origins;
            assertTrue(model < MARGIN * persistence, "fed-back LSTM " + model + " °F vs persistence " + persistence + " °F");
        }
    }

    static final double MARGIN = 0.8;
}
