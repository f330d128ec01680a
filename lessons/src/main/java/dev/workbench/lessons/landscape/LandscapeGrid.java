package dev.workbench.lessons.landscape;

import java.util.Objects;

/**
 * A landscape sampled at the centres of a {@code cols × rows} grid over a window, for heat and contour
 * maps. Values are row-major with row 0 at the top ({@code yMax}), as an image is laid out.
 */
public final class LandscapeGrid {
    /** Guards against accidental huge allocations; 4096 × 4096 is plenty for any screen. */
    public static final int MAX_CELLS = 4096 * 4096;

    private final ViewWindow window;
    private final int cols;
    private final int rows;
    private final double[] values;
    private final double min;
    private final double max;

    private LandscapeGrid(ViewWindow window, int cols, int rows, double[] values) {
        this.window = window;
        this.cols = cols;
        this.rows = rows;
        this.values = values;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        this.min = lo;
        this.max = hi;
    }

    /**
     * @throws IllegalArgumentException for fewer than one column or row, more than {@link #MAX_CELLS} cells,
     *                                  or a non-finite value in the window
     */
    public static LandscapeGrid sample(Landscape landscape, ViewWindow window, int cols, int rows) {
        Objects.requireNonNull(landscape, "landscape");
        Objects.requireNonNull(window, "window");
        if (cols < 1 || rows < 1 || (long) cols * rows > MAX_CELLS) {
            throw new IllegalArgumentException(
                    "need 1 <= cols, rows and cols*rows <= " + MAX_CELLS + ", got " + cols + " x " + rows);
        }
        double[] values = new double[cols * rows];
        for (int row = 0; row < rows; row++) {
            double y = y(window, rows, row);
            for (int col = 0; col < cols; col++) {
                double v = landscape.value(x(window, cols, col), y);
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(landscape.name() + " is not finite at cell " + col + ", " + row);
                }
                values[row * cols + col] = v;
            }
        }
        return new LandscapeGrid(window, cols, rows, values);
    }

    public ViewWindow window() {
        return window;
    }

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }

    /** A copy of the values, row-major, row 0 at the top. */
    public double[] values() {
        return values.clone();
    }

    public double valueAt(int col, int row) {
        Objects.checkIndex(col, cols);
        Objects.checkIndex(row, rows);
        return values[row * cols + col];
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** The x coordinate of the centre of column {@code col}. */
    public double x(int col) {
        return x(window, cols, col);
    }

    /** The y coordinate of the centre of row {@code row} (row 0 is the top). */
    public double y(int row) {
        return y(window, rows, row);
    }

    /** Values mapped to [0, 1] (all 0 when the grid is flat). */
    public double[] normalized(GridScale scale) {
        double span = max - min;
        double[] out = new double[values.length];
        if (span == 0) {
            return out;
        }
        double logSpan = Math.log1p(span);
        for (int i = 0; i < values.length; i++) {
            double above = values[i] - min;
            out[i] = scale == GridScale.LOG ? Math.log1p(above) / logSpan : above / span;
        }
        return out;
    }

    private static double x(ViewWindow window, int cols, int col) {
        return window.xMin() + (col + 0.5) * window.width() / cols;
    }

    private static double y(ViewWindow window, int rows, int row) {
        return window.yMax() - (row + 0.5) * window.height() / rows;
    }
}
