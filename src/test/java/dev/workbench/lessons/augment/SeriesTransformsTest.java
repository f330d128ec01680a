package dev.workbench.lessons.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workbench.lessons.augment.series.SeriesAugmentation;
import dev.workbench.lessons.augment.series.SeriesTransformKind;
import dev.workbench.lessons.augment.series.SeriesWindow;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SeriesTransformsTest {
    private static final int LENGTH = 64;
    private static final long SEED = 11;

    /** Feature 0: a ramp 0 .. 63; feature 1: a sine with period 16 around 0.5; feature 2: a spike train. */
    private static SeriesWindow window() {
        float[] values = new float[3 * LENGTH];
        for (int t = 0; t < LENGTH; t++) {
            values[t] = t;
            values[LENGTH + t] = (float) (0.5 + Math.sin(2 * Math.PI * t / 16));
            values[2 * LENGTH + t] = t % 8 == 0 ? 1 : 0;
        }
        return SeriesWindow.of(3, LENGTH, values);
    }

    private static SeriesAugmentation only(SeriesTransformKind kind, double strength, double probability) {
        return SeriesAugmentation.of(new KindSpec<>(kind, strength, probability));
    }

    private static SeriesWindow once(SeriesTransformKind kind, double strength, long seed) {
        return only(kind, strength, 1).apply(window(), new Random(seed));
    }

    @ParameterizedTest
    @EnumSource(SeriesTransformKind.class)
    void eachTransformPreservesShapeAndGivesNoNaN(SeriesTransformKind kind) {
        for (long seed = 0; seed < 50; seed++) {
            SeriesWindow augmented = once(kind, kind.strengthRange().max(), seed);
            assertEquals(3, augmented.features());
            assertEquals(LENGTH, augmented.length());
            for (float value : augmented.values()) {
                assertTrue(Float.isFinite(value), kind + " gave " + value + " with seed " + seed);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SeriesTransformKind.class)
    void eachTransformIsDeterministicPerSeed(SeriesTransformKind kind) {
        SeriesAugmentation augmentation = only(kind, kind.strengthRange().defaultValue(), 1);
        List<SeriesWindow> first = augmentation.previews(window(), 4, SEED);
        assertEquals(first, augmentation.previews(window(), 4, SEED));
        assertNotEquals(first, augmentation.previews(window(), 4, SEED + 1));
    }

    @ParameterizedTest
    @EnumSource(SeriesTransformKind.class)
    void eachTransformChangesTheWindowAtProbabilityOne(SeriesTransformKind kind) {
        for (long seed = 0; seed < 20; seed++) {
            assertNotEquals(window(), once(kind, kind.strengthRange().defaultValue(), seed), kind + ", seed " + seed);
        }
    }

    @ParameterizedTest
    @EnumSource(SeriesTransformKind.class)
    void eachTransformIsTheIdentityAtStrengthZeroOrProbabilityZero(SeriesTransformKind kind) {
        SeriesAugmentation weak = only(kind, 0, 1);
        SeriesAugmentation never = only(kind, kind.strengthRange().max(), 0);
        assertTrue(weak.isIdentity() && never.isIdentity());
        for (long seed = 0; seed < 10; seed++) {
            assertEquals(window(), weak.apply(window(), new Random(seed)));
            assertEquals(window(), never.apply(window(), new Random(seed)));
        }
    }

    @Test
    void probabilityIsHowOftenATransformFires() {
        SeriesAugmentation half = only(SeriesTransformKind.JITTER, 0.1, 0.5);
        long changed = half.previews(window(), 400, SEED).stream().filter(w -> !w.equals(window())).count();
        assertTrue(changed > 160 && changed < 240, "expected about 200 of 400 jittered, got " + changed);
    }

    @Test
    void jittersEmpiricalSigmaIsTheRequestedOne() {
        float[] zeros = new float[4 * 2_500];
        SeriesWindow flat = SeriesWindow.of(4, 2_500, zeros);
        float[] noisy = only(SeriesTransformKind.JITTER, 0.2, 1).apply(flat, new Random(SEED)).values();
        double sum = 0;
        double squares = 0;
        for (float value : noisy) {
            sum += value;
            squares += value * value;
        }
        double mean = sum / noisy.length;
        double sigma = Math.sqrt(squares / noisy.length - mean * mean);
        assertEquals(0, mean, 0.01);
        assertEquals(0.2, sigma, 0.006);
    }

    @Test
    void scalingKeepsTheShapeWithCorrelationOne() {
        float[] original = window().values();
        for (long seed = 0; seed < 10; seed++) {
            float[] scaled = once(SeriesTransformKind.SCALING, 0.1, seed).values();
            assertEquals(1, correlation(original, scaled), 1e-6, "seed " + seed);
            double factor = scaled[10] / original[10];
            assertNotEquals(1, factor, 1e-6);
            for (int i = 0; i < original.length; i++) {
                assertEquals(factor * original[i], scaled[i], 1e-4, "one factor for the whole window");
            }
        }
    }

    @Test
    void timeWarpKeepsTheEndpointsAndTheOrderOfEvents() {
        for (long seed = 0; seed < 50; seed++) {
            float[] ramp = once(SeriesTransformKind.TIME_WARP, 1, seed).feature(0);
            assertEquals(0, ramp[0]);
            assertEquals(LENGTH - 1, ramp[LENGTH - 1]);
            for (int t = 1; t < LENGTH; t++) {
                assertTrue(ramp[t] > ramp[t - 1], "time went backwards at step " + t + " with seed " + seed);
            }
        }
    }

    @Test
    void timeWarpMovesEveryFeatureAlongTheSameTimeAxis() {
        SeriesWindow warped = once(SeriesTransformKind.TIME_WARP, 0.5, SEED);
        float[] tau = warped.feature(0);
        float[] sine = window().feature(1);
        float[] warpedSine = warped.feature(1);
        for (int t = 0; t < LENGTH; t++) {
            assertEquals(interpolate(sine, tau[t]), warpedSine[t], 1e-4, "step " + t);
        }
    }

    @Test
    void windowSlicingGivesAStretchedSubWindow() {
        double strength = 0.3;
        double ratio = 1 - strength;
        for (long seed = 0; seed < 20; seed++) {
            SeriesWindow sliced = once(SeriesTransformKind.WINDOW_SLICE, strength, seed);
            float[] ramp = sliced.feature(0);
            double start = ramp[0];
            assertTrue(start >= 0 && start <= strength * (LENGTH - 1), "start " + start);
            float[] sine = window().feature(1);
            float[] slicedSine = sliced.feature(1);
            for (int t = 0; t < LENGTH; t++) {
                double position = start + ratio * t;
                assertEquals(position, ramp[t], 1e-4, "ramp step " + t);
                assertEquals(interpolate(sine, position), slicedSine[t], 1e-4, "sine step " + t);
            }
        }
    }

    @Test
    void windowWarpingKeepsTheEndpointsAndOrderAndChangesTheSpeedOfOnePart() {
        for (long seed = 0; seed < 30; seed++) {
            float[] ramp = once(SeriesTransformKind.WINDOW_WARP, 0.3, seed).feature(0);
            assertEquals(0, ramp[0]);
            assertEquals(LENGTH - 1, ramp[LENGTH - 1], 1e-4);
            double smallestStep = Double.MAX_VALUE;
            double largestStep = 0;
            for (int t = 1; t < LENGTH; t++) {
                double step = ramp[t] - ramp[t - 1];
                assertTrue(step > 0, "time went backwards at step " + t);
                smallestStep = Math.min(smallestStep, step);
                largestStep = Math.max(largestStep, step);
            }
            assertEquals(2, largestStep / smallestStep, 0.01, "one part runs at twice or half the speed of the rest");
        }
    }

    @Test
    void magnitudeWarpMultipliesEachFeatureByASmoothCurveAroundOne() {
        SeriesWindow ones = SeriesWindow.of(2, LENGTH, filled(2 * LENGTH, 1));
        SeriesWindow warped = only(SeriesTransformKind.MAGNITUDE_WARP, 0.2, 1).apply(ones, new Random(SEED));
        float[] first = warped.feature(0);
        float[] second = warped.feature(1);
        assertFalse(java.util.Arrays.equals(first, second), "each feature gets its own curve");
        for (float[] curve : List.of(first, second)) {
            for (int t = 2; t < LENGTH; t++) {
                double bend = curve[t] - 2 * curve[t - 1] + curve[t - 2];
                assertTrue(Math.abs(bend) < 0.02, "curve bends by " + bend + " at step " + t);
            }
        }
    }

    @Test
    void augmentingNeverModifiesTheInputWindow() {
        SeriesWindow input = window();
        float[] before = input.values();
        SeriesAugmentation all = SeriesAugmentation.none();
        for (SeriesTransformKind kind : SeriesTransformKind.values()) {
            all = new SeriesAugmentation(all.specs().with(new KindSpec<>(kind, kind.strengthRange().max(), 1)));
        }
        all.previews(input, 5, SEED);
        assertArrayEquals(before, input.values());
        SeriesAugmentation identity = SeriesAugmentation.none();
        assertSame(input, identity.apply(input, new Random(SEED)));
    }

    private static float[] filled(int size, float value) {
        float[] values = new float[size];
        java.util.Arrays.fill(values, value);
        return values;
    }

    private static double interpolate(float[] series, double position) {
        int step = (int) Math.floor(position);
        if (step >= series.length - 1) {
            return series[series.length - 1];
        }
        double fraction = position - step;
        return series[step] * (1 - fraction) + series[step + 1] * fraction;
    }

    private static double correlation(float[] a, float[] b) {
        double meanA = 0;
        double meanB = 0;
        for (int i = 0; i < a.length; i++) {
            meanA += a[i];
            meanB += b[i];
        }
        meanA /= a.length;
        meanB /= b.length;
        double cov = 0;
        double varA = 0;
        double varB = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (a[i] - meanA) * (b[i] - meanB);
            varA += (a[i] - meanA) * (a[i] - meanA);
            varB += (b[i] - meanB) * (b[i] - meanB);
        }
        return cov / Math.sqrt(varA * varB);
    }
}
