package dev.workbench.app.landscape;

import dev.workbench.app.charts.HeatColours;
import dev.workbench.lessons.landscape.GridScale;
import dev.workbench.lessons.landscape.Landscape;
import dev.workbench.lessons.landscape.LandscapeGrid;

import java.util.Arrays;

/**
 * Samples a surface once and turns it into a {@link HeatMapPicture}. Surfaces whose values span orders
 * of magnitude (Rosenbrock's walls against its valley floor) get a logarithmic colour scale, or their
 * interesting low region would be one flat colour. Pure computation, safe on any thread.
 */
public final class HeatMapRenderer {
    /** Contour lines at this many evenly spaced colour levels, minus the ends. */
    static final int CONTOUR_LEVELS = 16;
    /** Linear scale only while at least half the map is above this share of the colour range. */
    private static final double CROWDED_MEDIAN = 0.08;

    private HeatMapRenderer() {
    }

    public static HeatMapPicture render(Landscape landscape, int cols, int rows) {
        LandscapeGrid grid = landscape.sampleGrid(landscape.window(), cols, rows);
        GridScale scale = scaleFor(grid);
        double[] normalized = grid.normalized(scale);
        int[] argb = new int[normalized.length];
        for (int i = 0; i < normalized.length; i++) {
            argb[i] = HeatColours.argb(normalized[i]);
        }
        float[][] contours = new float[CONTOUR_LEVELS - 1][];
        for (int level = 1; level < CONTOUR_LEVELS; level++) {
            contours[level - 1] = ContourTracer.trace(normalized, cols, rows, (double) level / CONTOUR_LEVELS);
        }
        return new HeatMapPicture(cols, rows, argb, contours, scale, grid.min(), grid.max());
    }

    /** LOG when a linear scale would crowd most of the map into the lowest colours. */
    static GridScale scaleFor(LandscapeGrid grid) {
        double[] linear = grid.normalized(GridScale.LINEAR);
        Arrays.sort(linear);
        return linear[linear.length / 2] < CROWDED_MEDIAN ? GridScale.LOG : GridScale.LINEAR;
    }
}
