package dev.workbench.app.charts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class YSpanTest {
    private static final double EPS = 1e-12;

    @Test
    void aNarrowRangeGrowsEvenlyAroundItsMiddle() {
        assertArrayEquals(new double[]{0.777, 0.877}, CanvasChart.widen(0.823, 0.831, 0.1, 0, 1), EPS);
    }

    @Test
    void theWidenedRangeStaysInsideItsBounds() {
        assertArrayEquals(new double[]{0.9, 1.0}, CanvasChart.widen(0.97, 0.99, 0.1, 0, 1), EPS);
        assertArrayEquals(new double[]{0.0, 0.1}, CanvasChart.widen(0.01, 0.02, 0.1, 0, 1), EPS);
    }
}
