package dev.workbench.app.resnet;

import dev.workbench.app.charts.HeatColours;
import dev.workbench.app.landscape.ContourTracer;
import dev.workbench.lessons.engine.ProbeRecord;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

/**
 * One loss slice as a square heat map with contour lines (traced by the landscape page's
 * {@link ContourTracer}) and a cross at the centre, the trained weights. b grows upwards. Colours
 * come from a scale shared with the other slice on screen, so equal colours mean equal losses.
 */
final class SliceMapView extends Region {
    static final String STYLE_CLASS = "resnet-slice-map";
    static final int CONTOUR_LEVELS = 16;
    private static final Color LIGHT_CONTOUR = Color.rgb(255, 255, 255, 0.35);
    private static final Color DARK_CONTOUR = Color.rgb(10, 26, 51, 0.4);
    private static final double DARK_BELOW = 0.55;

    private final Canvas canvas = new Canvas();
    private ProbeRecord.Grid grid;
    private double[] normalized;
    private WritableImage image;
    private float[][] contours;

    SliceMapView() {
        getStyleClass().add(STYLE_CLASS);
        getChildren().add(canvas);
        setMinSize(120, 120);
        setPrefSize(360, 360);
    }

    /** The grid on screen, or null. */
    ProbeRecord.Grid grid() {
        return grid;
    }

    void clear() {
        grid = null;
        image = null;
        redraw();
    }

    /** Shows {@code slice} with colours on a log scale from {@code low} (darkest) to {@code high} (lightest). */
    void show(ProbeRecord.Grid slice, double low, double high) {
        grid = slice;
        int n = slice.columns();
        int rows = slice.rows();
        double[] values = slice.values();
        normalized = new double[values.length];
        double lo = Math.log(Math.max(low, 1e-9));
        double span = Math.max(Math.log(Math.max(high, 1e-9)) - lo, 1e-12);
        int[] argb = new int[values.length];
        for (int row = 0; row < rows; row++) {
            int screenRow = rows - 1 - row;
            for (int col = 0; col < n; col++) {
                double t = (Math.log(Math.max(values[row * n + col], 1e-9)) - lo) / span;
                normalized[screenRow * n + col] = t;
                argb[screenRow * n + col] = HeatColours.argb(t);
            }
        }
        image = new WritableImage(n, rows);
        image.getPixelWriter().setPixels(0, 0, n, rows, PixelFormat.getIntArgbInstance(), argb, 0, n);
        contours = new float[CONTOUR_LEVELS - 1][];
        for (int level = 1; level < CONTOUR_LEVELS; level++) {
            contours[level - 1] = ContourTracer.trace(normalized, n, rows, (double) level / CONTOUR_LEVELS);
        }
        redraw();
    }

    @Override
    protected void layoutChildren() {
        double side = Math.max(0, Math.min(getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset()));
        canvas.setWidth(side);
        canvas.setHeight(side);
        canvas.relocate((getWidth() - side) / 2, snappedTopInset());
        redraw();
    }

    @Override
    protected double computePrefHeight(double width) {
        return width > 0 ? width : super.computePrefHeight(width);
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (image == null || w <= 0) {
            return;
        }
        int cols = grid.columns();
        int rows = grid.rows();
        double sx = w / cols;
        double sy = h / rows;
        g.setImageSmoothing(true);
        g.drawImage(image, 0, 0, w, h);
        g.setLineWidth(1.2);
        g.setLineCap(StrokeLineCap.ROUND);
        for (int level = 0; level < contours.length; level++) {
            float[] s = contours[level];
            g.setStroke((level + 1.0) / CONTOUR_LEVELS < DARK_BELOW ? LIGHT_CONTOUR : DARK_CONTOUR);
            g.beginPath();
            for (int i = 0; i + 3 < s.length; i += 4) {
                g.moveTo((s[i] + 0.5) * sx, (s[i + 1] + 0.5) * sy);
                g.lineTo((s[i + 2] + 0.5) * sx, (s[i + 3] + 0.5) * sy);
            }
            g.stroke();
        }
        double cx = w / 2;
        double cy = h / 2;
        double r = Math.max(6, w / 40);
        for (int pass = 0; pass < 2; pass++) {
            g.setStroke(pass == 0 ? Color.rgb(10, 26, 51, 0.9) : Color.WHITE);
            g.setLineWidth(pass == 0 ? 4.5 : 2);
            g.strokeLine(cx - r, cy, cx + r, cy);
            g.strokeLine(cx, cy - r, cx, cy + r);
        }
    }
}
