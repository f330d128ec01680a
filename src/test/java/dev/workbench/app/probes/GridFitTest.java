package dev.workbench.app.probes;

import dev.workbench.lessons.engine.ProbeRecord.Grid;
import dev.workbench.lessons.engine.ProbeRecord.Points;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Layout arithmetic of the image grid, the card columns and the plane. */
class GridFitTest {

    @Test
    void squareImagesFillASquareAreaInASquareGrid() {
        GridFit fit = GridFit.images(16, 1, 400, 400, 0, 0);
        assertEquals(4, fit.columns());
        assertEquals(4, fit.rows());
        assertEquals(100, fit.cell(), 1e-9);
    }

    @Test
    void aWideAreaPutsImagesInOneRowAndCaptionsTakeHeight() {
        GridFit fit = GridFit.images(4, 1, 1000, 100, 10, 20);
        assertEquals(4, fit.columns());
        assertEquals(80, fit.cell(), 1e-9, "100 px high minus a 20 px caption");
    }

    @Test
    void cardsReflowToOneColumnWhenNarrow() {
        assertEquals(1, GridFit.columns(300, 400, 10, 5));
        assertEquals(2, GridFit.columns(810, 400, 10, 5));
        assertEquals(3, GridFit.columns(5000, 400, 10, 3), "never more columns than cards");
    }

    @Test
    void planeKeepsUnitsEqualOnBothAxesAndCoversGridAndPoints() {
        Grid grid = new Grid(2, 2, -1, 1, -1, 1, new double[]{0, 1, 1, 0});
        Points points = new Points(new double[]{0, 3}, new double[]{0, 0}, new int[]{0, 1}, List.of("a", "b"));
        PlaneFrame frame = PlaneFrame.fit(grid, points, 0, 0, 400, 400);
        assertTrue(frame.xMax() > 3 && frame.xMin() <= -1 && frame.yMin() <= -1 && frame.yMax() >= 1);
        double unitX = frame.width() / (frame.xMax() - frame.xMin());
        double unitY = frame.height() / (frame.yMax() - frame.yMin());
        assertEquals(unitX, unitY, 1e-9);
        assertEquals(frame.bottom(), frame.toY(frame.yMin()), 1e-9, "data y grows upwards");
    }

    @Test
    void probabilitiesKeepAFixedColourScale() {
        assertEquals(new ValueScale(0, 1, false), PlaneView.gridScale(new double[]{0.4, 0.6}));
        assertEquals(new ValueScale(-2, 5, false), PlaneView.gridScale(new double[]{-2, 5}));
    }
}
