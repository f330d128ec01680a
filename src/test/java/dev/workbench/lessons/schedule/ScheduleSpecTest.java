package dev.workbench.lessons.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.PolySchedule;
import org.nd4j.linalg.schedule.RampSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

/** Schedule values against their formulas, written out here, at a spread of iterations. */
class ScheduleSpecTest {
    private static final int[] ITERATIONS = {0, 1, 2, 49, 50, 99, 100, 101, 250, 999};

    @Test
    void fixedScheduleIsConstant() {
        ISchedule schedule = ScheduleSpec.fixed(0.1).toSchedule();
        for (int i : ITERATIONS) {
            assertExact(0.1, schedule.valueAt(i, 0));
        }
    }

    @Test
    void stepScheduleDropsByGammaEveryPeriod() {
        ISchedule schedule = ScheduleSpec.step(0.1, 0.5, 100).toSchedule();
        for (int i : ITERATIONS) {
            assertExact(0.1 * Math.pow(0.5, Math.floor(i / 100.0)), schedule.valueAt(i, 0));
        }
        assertExact(0.1, schedule.valueAt(99, 0));
        assertExact(0.05, schedule.valueAt(100, 0));
        assertExact(0.025, schedule.valueAt(250, 0));
    }

    @Test
    void exponentialScheduleMultipliesByGammaEachIteration() {
        ISchedule schedule = ScheduleSpec.exponential(0.2, 0.99).toSchedule();
        for (int i : ITERATIONS) {
            assertExact(0.2 * Math.pow(0.99, i), schedule.valueAt(i, 0));
        }
    }

    @Test
    void inverseScheduleFollowsOneOverPower() {
        ISchedule schedule = ScheduleSpec.inverse(0.1, 0.01, 0.75).toSchedule();
        for (int i : ITERATIONS) {
            assertExact(0.1 / Math.pow(1 + 0.01 * i, 0.75), schedule.valueAt(i, 0));
        }
        assertExact(0.1 / Math.pow(2, 0.75), schedule.valueAt(100, 0));
    }

    @Test
    void polyScheduleDecaysToTheEndRateAtMaxIterations() {
        ISchedule schedule = ScheduleSpec.poly(0.1, 2, 200, 0.001).toSchedule();
        for (int i : ITERATIONS) {
            double expected = i >= 200 ? 0.001 : 0.001 + (0.1 - 0.001) * Math.pow(1 - i / 200.0, 2);
            assertExact(expected, schedule.valueAt(i, 0));
        }
        assertExact(0.1, schedule.valueAt(0, 0));
        assertExact(0.001 + 0.099 * 0.25, schedule.valueAt(100, 0));
    }

    @Test
    void cosineScheduleIsHalfACosineThenTheMinimum() {
        ISchedule schedule = ScheduleSpec.cosine(0.1, 0.001, 100).toSchedule();
        for (int i : ITERATIONS) {
            double expected = i >= 100 ? 0.001 : 0.001 + 0.5 * (0.1 - 0.001) * (1 + Math.cos(Math.PI * i / 100));
            assertExact(expected, schedule.valueAt(i, 0));
        }
        assertExact(0.1, schedule.valueAt(0, 0));
        assertEquals(0.0505, schedule.valueAt(50, 0), 1e-15);
        assertExact(0.001, schedule.valueAt(100, 0));
    }

    @Test
    void warmupRampsLinearlyIntoTheCurve() {
        ScheduleSpec spec = ScheduleSpec.cosine(0.1, 0, 1000).withWarmup(50);
        ISchedule schedule = spec.toSchedule();
        assertInstanceOf(LinearWarmupSchedule.class, schedule);
        ISchedule curve = ScheduleSpec.cosine(0.1, 0, 1000).toSchedule();
        for (int i : ITERATIONS) {
            double expected = curve.valueAt(i, 0) * Math.min(1, (i + 1) / 50.0);
            assertExact(expected, schedule.valueAt(i, 0));
        }
        assertExact(0.1 / 50, schedule.valueAt(0, 0));
        assertExact(curve.valueAt(49, 0), schedule.valueAt(49, 0));
    }

    @Test
    void warmupGivesTheSameValuesAsNd4jRampSchedule() {
        ISchedule curve = ScheduleSpec.step(0.1, 0.5, 30).toSchedule();
        ISchedule ramp = new RampSchedule(curve, 40);
        ISchedule warmup = ScheduleSpec.step(0.1, 0.5, 30).withWarmup(40).toSchedule();
        for (int i = 0; i < 100; i++) {
            assertEquals(ramp.valueAt(i, 0), warmup.valueAt(i, 0), 0, "iteration " + i);
        }
    }

    @Test
    void scheduleIgnoresTheEpoch() {
        ISchedule schedule = ScheduleSpec.step(0.1, 0.5, 10).withWarmup(5).toSchedule();
        assertEquals(schedule.valueAt(30, 0), schedule.valueAt(30, 7), 0);
    }

    @Test
    void sampleListsTheValueAtEveryIteration() {
        ScheduleSpec spec = ScheduleSpec.step(0.1, 0.1, 3).withWarmup(2);
        double[] values = spec.sample(8);
        assertEquals(8, values.length);
        ISchedule schedule = spec.toSchedule();
        for (int i = 0; i < values.length; i++) {
            assertEquals(schedule.valueAt(i, 0), values[i], 0);
        }
        assertEquals(0, spec.sample(0).length);
    }

    @Test
    void nd4jPolyScheduleGrowsWhichIsWhyPolyUsesItsOwnSchedule() {
        // ND4J 1.0.0-M2.1 computes initial · (1 + i/T)^p; if this starts failing, ND4J fixed it.
        PolySchedule nd4j = new PolySchedule(ScheduleType.ITERATION, 0.1, 2, 100);
        assertTrue(nd4j.valueAt(50, 0) > nd4j.valueAt(0, 0));
        assertTrue(ScheduleSpec.poly(0.1, 2, 100, 0).sample(51)[50] < 0.1);
    }

    @Test
    void rejectsParametersTheKindDoesNotRead() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> new ScheduleSpec(ScheduleKind.EXPONENTIAL, 0.1, 0.9, 2, 0, 0, 0));
        assertTrue(error.getMessage().contains("Power"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ScheduleSpec(ScheduleKind.FIXED, 0.1, 0, 0, 10, 0, 0));
    }

    @Test
    void rejectsOutOfRangeParameters() {
        assertThrows(IllegalArgumentException.class, () -> ScheduleSpec.fixed(0));
        assertThrows(IllegalArgumentException.class, () -> ScheduleSpec.fixed(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> ScheduleSpec.step(0.1, 1.5, 10));
        assertThrows(IllegalArgumentException.class, () -> ScheduleSpec.step(0.1, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> ScheduleSpec.exponential(0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> ScheduleSpec.inverse(0.1, 0.01, 0));
        assertThrows(IllegalArgumentException.class, () -> ScheduleSpec.poly(0.1, 1, 100, 0.1));
        assertThrows(IllegalArgumentException.class, () -> ScheduleSpec.cosine(0.1, -0.01, 100));
        assertThrows(IllegalArgumentException.class, () -> ScheduleSpec.fixed(0.1).withWarmup(-1));
        assertThrows(IllegalArgumentException.class, () -> ScheduleSpec.fixed(0.1).sample(-1));
    }

    @Test
    void sampleAtGivesTheSameValuesAsAFullSample() {
        ScheduleSpec spec = ScheduleSpec.step(0.1, 0.5, 100).withWarmup(20);
        double[] all = spec.sample(1000);
        double[] some = spec.sampleAt(ITERATIONS);
        for (int i = 0; i < ITERATIONS.length; i++) {
            assertExact(all[ITERATIONS[i]], some[i]);
        }
        assertThrows(IllegalArgumentException.class, () -> spec.sampleAt(new int[]{-1}));
    }

    @Test
    void describesItsCurveWithTheNumbers() {
        assertEquals("Step decay: η₀ 0.1, γ 0.5, T 100, warm-up 20",
                ScheduleSpec.step(0.1, 0.5, 100).withWarmup(20).describe());
        assertEquals(ScheduleKind.COSINE.formula() + "; " + ScheduleKind.WARMUP_FORMULA,
                ScheduleSpec.cosine(0.1, 0, 10).withWarmup(2).formula());
        assertEquals(ScheduleKind.INVERSE, ScheduleKind.fromCliName(" Inverse "));
        var error = assertThrows(IllegalArgumentException.class, () -> ScheduleKind.fromCliName("zigzag"));
        assertTrue(error.getMessage().contains("fixed, step, exponential, inverse, poly, cosine"));
    }

    /** Same formula, same operations: equal up to the last bit or two of rounding. */
    private static void assertExact(double expected, double actual) {
        assertEquals(expected, actual, 2 * Math.ulp(expected));
    }
}
