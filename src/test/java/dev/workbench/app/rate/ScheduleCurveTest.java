package dev.workbench.app.rate;

import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.mlp.MlpLesson;
import dev.workbench.lessons.schedule.ScheduleKind;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The learning rate of a whole run, worked out from the form's settings before training. */
class ScheduleCurveTest {
    private static final MlpLesson LESSON = MlpLesson.learningRate();

    @Test
    void runLengthComesFromEpochsBatchSizeAndTrainingImages() {
        ScheduleCurve curve = ScheduleCurve.of(settings(Map.of("epochs", "5", "batch-size", "32", "train-images", "5000")));
        assertEquals(156, curve.iterationsPerEpoch(), "5000 / 32, whole batches only");
        assertEquals(780, curve.totalIterations());
        assertEquals(ScheduleCurve.MAX_POINTS, curve.iterations().length);
        assertEquals(779, curve.iterations()[ScheduleCurve.MAX_POINTS - 1], "the last iteration is drawn");
        ScheduleCurve shortRun = ScheduleCurve.of(settings(Map.of("epochs", "1", "train-images", "500")));
        assertEquals(15, shortRun.iterations().length, "a short run is drawn at every iteration");
        assertEquals(0.05, curve.rates()[0], 1e-12);
        assertEquals(ScheduleKind.FIXED, curve.spec().kind());
    }

    @Test
    void aBatchLargerThanTheDataIsOneUpdatePerEpoch() {
        ScheduleCurve curve = ScheduleCurve.of(settings(Map.of("epochs", "7", "batch-size", "10000", "train-images", "500")));
        assertEquals(1, curve.iterationsPerEpoch());
        assertEquals(7, curve.totalIterations());
    }

    @Test
    void longRunsAreSampledFromFirstToLastIteration() {
        ScheduleCurve curve = ScheduleCurve.of(settings(Map.of("epochs", "200", "batch-size", "1",
                "train-images", "10000", "lr-schedule", "cosine", "warmup", "1000", "learning-rate", "0.1")));
        int[] iterations = curve.iterations();
        assertEquals(ScheduleCurve.MAX_POINTS, iterations.length);
        assertEquals(0, iterations[0]);
        assertEquals(2_000_000 - 1, iterations[iterations.length - 1]);
        double[] rates = curve.rates();
        assertTrue(rates[0] < 0.001, "warm-up starts near zero: " + rates[0]);
        assertTrue(rates[rates.length - 1] < 1e-6, "cosine ends near zero: " + rates[rates.length - 1]);
        assertTrue(curve.spec().formula().contains("cos"));
    }

    @Test
    void sampledIterationsAreEvenlySpread() {
        assertArrayEquals(new int[]{0, 1, 2}, ScheduleCurve.sampleIterations(3, 600));
        assertArrayEquals(new int[]{0, 50, 99}, ScheduleCurve.sampleIterations(100, 3));
    }

    @Test
    void suggestedRatesAreTypedWithTwoSignificantDigitsInsideTheRange() {
        assertEquals("0.072", SuggestedRate.text(0.07213, 1e-5, 10));
        assertEquals("0.0012", SuggestedRate.text(0.0012345, 1e-5, 10));
        assertEquals("10", SuggestedRate.text(12.5, 1e-5, 10));
        assertEquals("0.00001", SuggestedRate.text(1e-6, 1e-5, 10));
    }

    private static Settings settings(Map<String, String> values) {
        return LESSON.validate(values, Settings.DEFAULT_SEED).orElseThrow();
    }
}
