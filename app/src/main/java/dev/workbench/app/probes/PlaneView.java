package dev.workbench.app.probes;

import dev.workbench.app.charts.AxisTicks;
import dev.workbench.app.charts.ChartFormat;
import dev.workbench.lessons.engine.ProbeRecord.Grid;
import dev.workbench.lessons.engine.ProbeRecord.Points;
import dev.workbench.lessons.engine.RunEvent.ProbeSample;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * Points in the plane coloured by group, optionally over a {@link Grid} drawn as a heat map in
 * the same coordinates: a classifier's decision boundary behind its data, a GAN discriminator's
 * output behind real and generated samples. Shows the latest grid and the latest points.
 * A grid whose values all lie in [0, 1] (a probability) is coloured on a fixed 0..1 scale, so the
 * colours keep their meaning from one sample to the next; any other grid spans its own range.
 */
public final class PlaneView extends ProbeCanvas {
    /** More points than this are thinned evenly, so one frame stays cheap. */
    static final int MAX_POINTS = 4000;
    private static final double GRID_OPACITY = 0.85;

    private Grid grid;
    private Points points;
    private WritableImage gridPicture;
    private ValueScale gridScale;

    @Override
    public void update(List<ProbeSample> samples) {
        Grid newGrid = null;
        Points newPoints = null;
        for (ProbeSample sample : samples) {
            if (sample.record() instanceof Grid g) {
                newGrid = g;
            } else if (sample.record() instanceof Points p) {
                newPoints = p;
            }
        }
        if (newGrid != null) {
            showGrid(newGrid);
        }
        if (newPoints != null) {
            points = newPoints;
        }
        if (newGrid != null || newPoints != null) {
            redraw();
        }
    }

    @Override
    public void clear() {
        grid = null;
        gridPicture = null;
        points = null;
        redraw();
    }

    @Override
    public boolean isEmpty() {
        return grid == null && points == null;
    }

    /** The grid on screen, or null. */
    public Grid grid() {
        return grid;
    }

    /** The points on screen, or null. */
    public Points points() {
        return points;
    }

    /** A fixed 0..1 scale for probabilities, the values' own range otherwise. */
    static ValueScale gridScale(double[] values) {
        boolean unit = true;
        for (double v : values) {
            if (Double.isFinite(v) && (v < 0 || v > 1)) {
                unit = false;
                break;
            }
        }
        return unit ? new ValueScale(0, 1, false) : ValueScale.span(values, false);
    }

    private void showGrid(Grid newGrid) {
        grid = newGrid;
        double[] values = newGrid.values();
        gridScale = gridScale(values);
        // Row 0 of the grid is at yMin, the bottom; row 0 of an image is its top.
        double[] flipped = new double[values.length];
        int columns = newGrid.columns();
        for (int r = 0; r < newGrid.rows(); r++) {
            System.arraycopy(values, r * columns, flipped, (newGrid.rows() - 1 - r) * columns, columns);
        }
        gridPicture = HeatColourBar.image(columns, newGrid.rows(), HeatColourBar.argb(flipped, gridScale));
    }

    @Override
    protected double prefHeightEm() {
        return 20;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        double em = em();
        double line = lineHeight();
        double pad = 0.5 * em;
        double legendBottom = drawLegend(g, w, pad);
        double tickWidth = textWidth("-0.00");
        PlaneFrame frame = PlaneFrame.fit(grid, points, tickWidth + 2 * pad, legendBottom + pad,
                w - tickWidth - 3 * pad, h - legendBottom - line - 2.5 * pad);
        if (frame.width() < 2 * em || frame.height() < 2 * em) {
            return;
        }
        if (gridPicture != null) {
            g.setImageSmoothing(true);
            g.setGlobalAlpha(GRID_OPACITY);
            double x0 = frame.toX(grid.xMin());
            double y0 = frame.toY(grid.yMax());
            g.drawImage(gridPicture, x0, y0, frame.toX(grid.xMax()) - x0, frame.toY(grid.yMin()) - y0);
            g.setGlobalAlpha(1);
        }
        drawAxes(g, frame, pad);
        if (points != null) {
            drawPoints(g, frame, Math.max(2.5, 0.3 * em));
        }
    }

    private void drawAxes(GraphicsContext g, PlaneFrame frame, double pad) {
        double em = em();
        g.setLineWidth(1);
        g.setStroke(axisPaint());
        g.strokeRect(frame.left(), frame.top(), frame.width(), frame.height());
        g.setFill(textPaint());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : AxisTicks.linear(frame.xMin(), frame.xMax(), Math.max(2, (int) (frame.width() / (5 * em))), false).ticks()) {
            double x = frame.toX(t);
            g.strokeLine(x, frame.bottom(), x, frame.bottom() + pad / 2);
            g.fillText(ChartFormat.compact(t), x, frame.bottom() + pad / 2);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : AxisTicks.linear(frame.yMin(), frame.yMax(), Math.max(2, (int) (frame.height() / (3 * em))), false).ticks()) {
            double y = frame.toY(t);
            g.strokeLine(frame.left() - pad / 2, y, frame.left(), y);
            g.fillText(ChartFormat.compact(t), frame.left() - pad, y);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private void drawPoints(GraphicsContext g, PlaneFrame frame, double radius) {
        double[] xs = points.x();
        double[] ys = points.y();
        int[] groups = points.group();
        int step = Math.max(1, (xs.length + MAX_POINTS - 1) / MAX_POINTS);
        g.setLineWidth(1);
        g.setStroke(outlinePaint());
        for (int i = 0; i < xs.length; i += step) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                continue;
            }
            double x = frame.toX(xs[i]);
            double y = frame.toY(ys[i]);
            g.setFill(groupPaint(groups[i]));
            g.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
            g.strokeOval(x - radius, y - radius, 2 * radius, 2 * radius);
        }
    }

    /** More groups than this (e.g. the rows of a warped mesh) are told apart by colour alone, without a legend. */
    static final int MAX_LEGEND_GROUPS = 10;

    /**
     * Group names with their colours, wrapped onto as many lines as they need, and the grid's
     * colour scale on the first line; returns the legend's bottom.
     */
    private double drawLegend(GraphicsContext g, double w, double pad) {
        double em = em();
        double line = lineHeight();
        double barSpace = gridScale != null && grid != null ? 6 * em + textWidth("0.00") * 2 + 3 * pad : 0;
        double x = pad;
        double mid = pad + line / 2;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        if (points != null && points.groups().size() <= MAX_LEGEND_GROUPS) {
            List<String> names = points.groups();
            double firstLineLimit = w - barSpace;
            for (int i = 0; i < names.size(); i++) {
                double r = 0.35 * em;
                double itemWidth = 2 * r + 0.4 * em + textWidth(names.get(i));
                double limit = mid == pad + line / 2 ? firstLineLimit : w - pad;
                if (x > pad && x + itemWidth > limit) {
                    x = pad;
                    mid += line;
                }
                g.setFill(groupPaint(i));
                g.fillOval(x, mid - r, 2 * r, 2 * r);
                g.setFill(textPaint());
                g.fillText(names.get(i), x + 2 * r + 0.4 * em, mid);
                x += itemWidth + em;
            }
        }
        if (gridScale != null && grid != null) {
            double firstMid = pad + line / 2;
            double barWidth = 6 * em;
            double labels = textWidth(ChartFormat.compact(gridScale.max())) + pad;
            double right = w - labels - pad;
            double left = right - barWidth;
            if (right - left > 2 * em && left > pad) {
                HeatColourBar.drawHorizontal(g, gridScale, left, right, firstMid - 0.4 * em, 0.8 * em,
                        textPaint(), axisPaint(), pad);
            }
        }
        g.setTextBaseline(VPos.BASELINE);
        return mid + line / 2;
    }
}
