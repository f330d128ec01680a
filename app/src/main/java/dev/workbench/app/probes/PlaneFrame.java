package dev.workbench.app.probes;

import dev.workbench.lessons.engine.ProbeRecord.Grid;
import dev.workbench.lessons.engine.ProbeRecord.Points;

/**
 * The data rectangle a {@link PlaneView} shows and where it lands on screen: it covers the grid
 * and every point, and keeps one unit as long on x as on y (a ring stays round), so the pixel
 * rectangle is centred in the space offered and may be narrower or shorter than it.
 */
record PlaneFrame(double xMin, double xMax, double yMin, double yMax,
                  double left, double top, double width, double height) {
    /** Share of the points' extent added around them when there is no grid to frame them. */
    private static final double POINTS_PAD = 0.06;

    /** Fits the data of {@code grid} and {@code points} (either may be null) into the given space. */
    static PlaneFrame fit(Grid grid, Points points, double left, double top, double width, double height) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        if (points != null) {
            double[] xs = points.x();
            double[] ys = points.y();
            for (int i = 0; i < xs.length; i++) {
                if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                    x0 = Math.min(x0, xs[i]);
                    x1 = Math.max(x1, xs[i]);
                    y0 = Math.min(y0, ys[i]);
                    y1 = Math.max(y1, ys[i]);
                }
            }
            if (x0 <= x1) {
                double pad = POINTS_PAD * Math.max(Math.max(x1 - x0, y1 - y0), 1e-9);
                x0 -= pad;
                x1 += pad;
                y0 -= pad;
                y1 += pad;
            }
        }
        if (grid != null) {
            x0 = Math.min(x0, grid.xMin());
            x1 = Math.max(x1, grid.xMax());
            y0 = Math.min(y0, grid.yMin());
            y1 = Math.max(y1, grid.yMax());
        }
        if (!(x0 < x1)) {
            double c = x0 <= x1 ? x0 : 0;
            x0 = c - 1;
            x1 = c + 1;
        }
        if (!(y0 < y1)) {
            double c = y0 <= y1 ? y0 : 0;
            y0 = c - 1;
            y1 = c + 1;
        }
        double unit = Math.max((x1 - x0) / width, (y1 - y0) / height);
        double w = (x1 - x0) / unit;
        double h = (y1 - y0) / unit;
        return new PlaneFrame(x0, x1, y0, y1, left + (width - w) / 2, top + (height - h) / 2, w, h);
    }

    double toX(double x) {
        return left + (x - xMin) / (xMax - xMin) * width;
    }

    /** Screen y grows downwards, data y upwards. */
    double toY(double y) {
        return top + height - (y - yMin) / (yMax - yMin) * height;
    }

    double right() {
        return left + width;
    }

    double bottom() {
        return top + height;
    }
}
