package dev.workbench.app.landscape;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ContourTracerTest {

    @Test
    void aRampGivesOneStraightLineAtTheInterpolatedPosition() {
        // Three columns with values 0, 1, 2 in every row: the level 0.5 crosses halfway along the first cells.
        double[] ramp = {0, 1, 2, 0, 1, 2, 0, 1, 2};
        float[] segments = ContourTracer.trace(ramp, 3, 3, 0.5);
        assertEquals(2 * 4, segments.length, "one segment per cell row");
        for (int i = 0; i < segments.length; i += 4) {
            assertEquals(0.5f, segments[i], 1e-6);
            assertEquals(0.5f, segments[i + 2], 1e-6);
        }
    }

    @Test
    void aPeakIsRingedByAClosedLoop() {
        double[] peak = {0, 0, 0, 0, 4, 0, 0, 0, 0};
        float[] segments = ContourTracer.trace(peak, 3, 3, 2);
        assertEquals(4 * 4, segments.length, "one segment in each of the four cells around the peak");
        for (int i = 0; i < segments.length; i += 4) {
            double length = Math.hypot(segments[i + 2] - segments[i], segments[i + 3] - segments[i + 1]);
            assertEquals(Math.sqrt(0.5), length, 1e-6, "each cuts a corner at the half-way points");
        }
    }

    @Test
    void aSaddleCellIsSplitByItsMean() {
        // a and c high, b and d low; the mean (0.5) is above the level, so the high corners join up.
        double[] saddle = {1, 0, 0, 1};
        float[] segments = ContourTracer.trace(saddle, 2, 2, 0.25);
        assertEquals(8, segments.length, "two segments");
        // The segments cut off the low corners b (top right) and d (bottom left).
        assertEquals(0.75f, segments[0], 1e-6);
        assertEquals(1f, segments[2], 1e-6);
    }

    @Test
    void aFlatGridHasNoContours() {
        assertEquals(0, ContourTracer.trace(new double[16], 4, 4, 0.5).length);
        assertThrows(IllegalArgumentException.class, () -> ContourTracer.trace(new double[3], 2, 2, 0.5));
    }
}
