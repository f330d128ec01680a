package dev.workbench.app.charts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AxisTicksTest {

    @Test
    void linearTicksAreNiceSteps() {
        AxisTicks.Range range = AxisTicks.linear(0.13, 2.71, 5, false);
        assertEquals(List.of(0.5, 1.0, 1.5, 2.0, 2.5), range.ticks());
    }

    @Test
    void snappedRangeEndsOnTicks() {
        AxisTicks.Range range = AxisTicks.linear(3, 97, 5, true);
        assertEquals(0, range.min(), 1e-12);
        assertEquals(100, range.max(), 1e-12);
    }

    @Test
    void logTicksSitOnPowersOfTen() {
        AxisTicks.Range range = AxisTicks.log(-3.2, 0.4, 4);
        assertTrue(range.ticks().containsAll(List.of(-3.0, -2.0, -1.0, 0.0)), range.ticks().toString());
    }

    @Test
    void narrowLogRangeUsesLinearValues() {
        AxisTicks.Range range = AxisTicks.log(Math.log10(0.3), Math.log10(0.9), 4);
        assertTrue(range.ticks().size() >= 2);
        for (double t : range.ticks()) {
            double value = Math.pow(10, t);
            assertEquals(Math.round(value * 10) / 10.0, value, 1e-9, "tick " + value);
        }
    }

    @Test
    void emptyRangeIsWidened() {
        AxisTicks.Range range = AxisTicks.linear(2, 2, 4, false);
        assertTrue(range.max() > range.min());
    }

    @Test
    void boundedTicksNeverExceedTheLimitAndKeepAtLeastTwo() {
        double[][] ranges = {{0, 1}, {0.13, 2.71}, {-3, 97}, {0.0012, 0.0019}, {2.2, 2.3}, {0, 12345}};
        for (double[] r : ranges) {
            for (int most = 2; most <= 12; most++) {
                AxisTicks.Range range = AxisTicks.linearAtMost(r[0], r[1], most);
                assertTrue(range.ticks().size() <= most, most + " at most over " + r[0] + ".." + r[1] + ": " + range.ticks());
                assertTrue(range.ticks().size() >= 2 || most < 3, "some ticks over " + r[0] + ".." + r[1] + ": " + range.ticks());
            }
        }
    }

    @Test
    void anAxisAskingForMillionsOfTicksGetsAFewHundredAtMost() {
        assertTrue(AxisTicks.linearAtMost(0, 1, Integer.MAX_VALUE).ticks().size() <= AxisTicks.MOST_TICKS);
        assertTrue(AxisTicks.linear(0, 1, 50_000_000, false).ticks().size() <= AxisTicks.MOST_TICKS + 1);
        // A range too narrow for its magnitude (adding a step would not change the value) is drawn
        // as the single value it is, padded: a handful of ticks, not an endless loop.
        assertTrue(AxisTicks.linear(1e20, 1e20 + 1e4, 10, false).ticks().size() <= 11);
    }

    @Test
    void boundedLogTicksDropSubDecadesFirst() {
        // Two decades with the 2 and 5 sub-ticks make 9 ticks; a short axis has room for 4.
        AxisTicks.Range full = AxisTicks.log(-1.2, 0.9, 10);
        assertTrue(full.ticks().size() > 4, full.ticks().toString());
        AxisTicks.Range few = AxisTicks.logAtMost(-1.2, 0.9, 4);
        assertTrue(few.ticks().size() <= 4, few.ticks().toString());
        assertTrue(few.ticks().contains(0.0), few.ticks().toString());
    }

    @Test
    void thinningKeepsEveryKthTick() {
        AxisTicks.Range range = AxisTicks.linear(0, 20, 20, false);
        AxisTicks.Range thin = AxisTicks.thin(range, 6);
        assertEquals(List.of(0.0, 4.0, 8.0, 12.0, 16.0, 20.0), thin.ticks());
    }

    /** A metric at 100 % in every epoch but one ulp below: the step must not vanish under 1.0's resolution. */
    @Test
    void spanBelowFloatResolutionGivesAFewTicks() {
        AxisTicks.Range range = AxisTicks.linearAtMost(Math.nextDown(1.0), 1.0, 6);
        assertTrue(range.ticks().size() >= 1 && range.ticks().size() <= 6, range.ticks().toString());
        assertTrue(range.min() < 1.0 && range.max() > 1.0, range.toString());
    }
}
