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
                boolean sameUnits = sameUnits(x1 - x0, y1 - y0);
                double padX = POINTS_PAD * Math.max(sameUnits ? Math.max(x1 - x0, y1 - y0) : x1 - x0, 1e-9);
                double padY = POINTS_PAD * Math.max(sameUnits ? Math.max(x1 - x0, y1 - y0) : y1 - y0, 1e-9);
                x0 -= padX;
                x1 += padX;
                y0 -= padY;
                y1 += padY;
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
        if (grid == null && !sameUnits(x1 - x0, y1 - y0)) {
            // Axes in different units (time against a temperature): each fills its side.
            return new PlaneFrame(x0, x1, y0, y1, left, top, width, height);
        }
        double unit = Math.max((x1 - x0) / width, (y1 - y0) / height);
        double w = (x1 - x0) / unit;
        double h = (y1 - y0) / unit;
        return new PlaneFrame(x0, x1, y0, y1, left + (width - w) / 2, top + (height - h) / 2, w, h);
    }

    /**
     * Points in a plane (2-D data, a latent space) keep equal units on both axes so shapes are
     * not distorted; spans ten times apart are different quantities, such as a series over time.
     */
    static boolean sameUnits(double xSpan, double ySpan) {
        double ratio = xSpan / Math.max(ySpan, 1e-12);
        return ratio < 10 && ratio > 0.1;
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
