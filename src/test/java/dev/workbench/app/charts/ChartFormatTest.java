package dev.workbench.app.charts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChartFormatTest {

    @Test
    void smallAndLargeNumbersUseShortExponents() {
        assertEquals("1e-4", ChartFormat.compact(1e-4));
        assertEquals("1e-5", ChartFormat.compact(1e-5));
        assertEquals("2.5e-4", ChartFormat.compact(2.5e-4));
        assertEquals("1.2e5", ChartFormat.compact(120_000));
        assertEquals("0.072", ChartFormat.compact(0.072));
    }

    @Test
    void secondsCarryTheirUnit() {
        assertEquals("8 s", ChartFormat.seconds(8));
        assertEquals("0.5 s", ChartFormat.seconds(0.5));
        assertEquals("2.5 min", ChartFormat.seconds(150));
        assertEquals("–", ChartFormat.seconds(Double.NaN));
    }
}
