package dev.workbench.app.landscape;

import dev.workbench.lessons.landscape.GridScale;

/**
 * A surface rendered for the screen, off the FX thread: one colour per grid sample and the contour
 * lines, in grid units (see {@link ContourTracer}).
 *
 * @param cols     samples across
 * @param rows     samples down, row 0 at the top
 * @param argb     opaque colours, row-major
 * @param contours per contour level, from low to high: segments as x1, y1, x2, y2 quadruples
 * @param scale    how values were mapped to colours
 * @param min      lowest sampled value
 * @param max      highest sampled value
 */
public record HeatMapPicture(int cols, int rows, int[] argb, float[][] contours, GridScale scale, double min, double max) {

    /** The colour-scale position of contour level {@code index}, in (0, 1). */
    public double levelPosition(int index) {
        return (index + 1.0) / (contours.length + 1);
    }
}
