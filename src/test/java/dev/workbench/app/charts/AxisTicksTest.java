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
}
