package dev.workbench.app.charts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartSeriesTest {

    @Test
    void longRunsStayUnderCapacityAndCountEveryPoint() {
        ChartSeries series = new ChartSeries("loss", 1000);
        for (int i = 1; i <= 100_000; i++) {
            series.add(i, 1.0 / i);
        }
        assertEquals(100_000, series.received());
        assertTrue(series.size() <= 1000, "drawn points: " + series.size());
        assertTrue(series.size() >= 500, "drawn points: " + series.size());
        assertEquals(128, series.bucketSize());
    }

    @Test
    void mergingKeepsTheMeanOfMergedPoints() {
        ChartSeries series = new ChartSeries("loss", 4);
        for (int i = 0; i < 4; i++) {
            series.add(i, i * 10);
        }
        series.add(4, 40);
        // [0,10] [20,30] merged, then 40 starts a new bucket of two
        assertEquals(3, series.size());
        assertEquals(0.5, series.x(0), 1e-12);
        assertEquals(5.0, series.y(0), 1e-12);
        assertEquals(25.0, series.y(1), 1e-12);
        assertEquals(40.0, series.y(2), 1e-12);
    }

    @Test
    void nonFiniteValuesAreCountedButNotDrawn() {
        ChartSeries series = new ChartSeries("loss");
        series.add(1, Double.NaN);
        series.add(2, 0.5);
        assertEquals(2, series.received());
        assertEquals(1, series.size());
    }

    @Test
    void nearestIndexFindsTheClosestX() {
        ChartSeries series = new ChartSeries("loss");
        for (int i = 0; i < 10; i++) {
            series.add(i * 10, i);
        }
        assertEquals(3, series.nearestIndex(31));
        assertEquals(4, series.nearestIndex(36));
        assertEquals(0, series.nearestIndex(-5));
        assertEquals(9, series.nearestIndex(500));
    }
}
