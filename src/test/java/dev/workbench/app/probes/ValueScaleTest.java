package dev.workbench.app.probes;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueScaleTest {
    private static final double LENGTH = 300;
    private static final double[] DECADES = {1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1};

    @Test
    void logBarsGiveEveryDecadeItsOwnVisibleLength() {
        double[][] extents = BarsView.extents(DECADES, true, LENGTH);
        double step = extents[1][1] - extents[0][1];
        assertTrue(extents[0][1] - extents[0][0] >= 0.5 * step, "the smallest bar is at least half a decade long");
        for (int i = 1; i < DECADES.length; i++) {
            assertEquals(0, extents[i][0], 1e-9, "bars start at the axis");
            assertEquals(step, extents[i][1] - extents[i - 1][1], 1e-9, "each decade adds the same length");
        }
        assertEquals(LENGTH, extents[DECADES.length - 1][1], 1e-9);
    }

    @Test
    void linearBarsHideTheSmallValuesThatLogBarsShow() {
        double[][] linear = BarsView.extents(DECADES, false, LENGTH);
        assertTrue(linear[3][1] < 1, "1e-3 of 1 is under a pixel on a linear axis");
    }

    @Test
    void logBarsOfZeroNegativeOrMissingValuesHaveNoLength() {
        double[][] extents = BarsView.extents(new double[]{0, -1, Double.NaN, 0.5}, true, LENGTH);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, extents[i][1] - extents[i][0], 1e-9);
        }
        assertTrue(extents[3][1] > 0);
    }

    @Test
    void linearBarsGrowBothWaysFromZero() {
        ValueScale scale = ValueScale.forBars(new double[]{-2, 3}, false);
        double zero = scale.baseline() * LENGTH;
        double[] negative = scale.barExtent(-2, LENGTH);
        double[] positive = scale.barExtent(3, LENGTH);
        assertEquals(zero, negative[1], 1e-9);
        assertEquals(zero, positive[0], 1e-9);
        assertTrue(negative[0] < zero && positive[1] > zero);
        assertTrue(scale.min() <= -2 && scale.max() >= 3);
    }

    @Test
    void colourSpanCoversExactlyTheValues() {
        ValueScale linear = ValueScale.span(new double[]{2, 4, 6, Double.NaN}, false);
        assertEquals(0, linear.fraction(2), 1e-12);
        assertEquals(0.5, linear.fraction(4), 1e-12);
        assertEquals(1, linear.fraction(6), 1e-12);
        ValueScale log = ValueScale.span(new double[]{1e-4, 1e-2, 1}, true);
        assertEquals(0.5, log.fraction(1e-2), 1e-12);
        ValueScale constant = ValueScale.span(new double[]{3, 3}, false);
        assertTrue(constant.fraction(3) > 0 && constant.fraction(3) < 1, "a constant sits inside a widened range");
    }

    @Test
    void logTicksAreValuesInsideTheRange() {
        ValueScale scale = ValueScale.forBars(DECADES, true);
        for (double tick : scale.ticks(4)) {
            assertTrue(tick >= scale.min() * 0.999 && tick <= scale.max() * 1.001, "tick " + tick);
        }
        assertTrue(scale.ticks(4).size() >= 2);
    }
}
