package dev.workbench.app.sequences;

import dev.workbench.app.charts.AxisTicks;
import dev.workbench.app.charts.ChartFormat;
import dev.workbench.app.charts.HeatColours;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.text.TextAlignment;

/**
 * The window the network read, on the same time axis as the maps below it: a line for a single
 * series (scaled values), or one row per input feature (a one-hot symbol lights one row per step).
 * Time-step numbers run under it.
 */
final class InputStripView extends SequencePlot {
    private double[][] input = new double[0][];

    InputStripView() {
        super(40, 7, 16, 5);
    }

    void show(double[][] window) {
        this.input = window;
        redraw();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        if (input.length == 0 || input[0].length == 0) {
            return;
        }
        double em = em();
        double line = em * 1.3;
        double left = CellMapView.LEFT_EM * em;
        double right = w - CellMapView.RIGHT_EM * em;
        double top = 0.4 * em;
        double bottom = h - 1.6 * line;
        int steps = input[0].length;
        if (input.length == 1) {
            drawLine(g, input[0], left, right, top, bottom);
        } else {
            drawRows(g, left, right, top, bottom);
        }
        g.setStroke(axisPaint());
        g.setLineWidth(1);
        g.strokeRect(left, top, right - left, bottom - top);
        // Step t is drawn as the column [t, t+1) of the maps: ticks at column centres.
        AxisTicks.Range ticks = AxisTicks.linearAtMost(1, steps, (int) Math.max(2, (right - left) / (3.5 * em)));
        g.setFill(textPaint());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double column = (right - left) / steps;
        for (double t : ticks.ticks()) {
            if (t < 1 || t > steps || t != Math.rint(t)) {
                continue;
            }
            double x = left + (t - 0.5) * column;
            g.strokeLine(x, bottom, x, bottom + em / 3);
            g.fillText(ChartFormat.whole(t), x, bottom + em / 2.5);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("step", left - em / 3, bottom + em / 2.5);
        g.setTextBaseline(VPos.BASELINE);
    }

    private void drawLine(GraphicsContext g, double[] values, double left, double right, double top, double bottom) {
        double em = em();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (!(max > min)) {
            min -= 1;
            max += 1;
        }
        double column = (right - left) / values.length;
        g.setStroke(secondColour());
        g.setLineWidth(2);
        g.beginPath();
        for (int t = 0; t < values.length; t++) {
            double x = left + (t + 0.5) * column;
            double y = bottom - (values[t] - min) / (max - min) * (bottom - top - em * 0.4) - em * 0.2;
            if (t == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        g.setLineWidth(1);
        g.setFill(textPaint());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(ChartFormat.compact(max), right + em * 0.6, top);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(ChartFormat.compact(min), right + em * 0.6, bottom);
        g.setTextBaseline(VPos.BASELINE);
    }

    private void drawRows(GraphicsContext g, double left, double right, double top, double bottom) {
        int rows = input.length;
        int steps = input[0].length;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : input) {
            for (double v : row) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double span = max > min ? max - min : 1;
        int[] argb = new int[rows * steps];
        for (int r = 0; r < rows; r++) {
            for (int t = 0; t < steps; t++) {
                argb[r * steps + t] = HeatColours.argb((input[r][t] - min) / span);
            }
        }
        WritableImage image = new WritableImage(steps, rows);
        image.getPixelWriter().setPixels(0, 0, steps, rows, PixelFormat.getIntArgbInstance(), argb, 0, steps);
        g.setImageSmoothing(false);
        g.drawImage(image, left, top, right - left, bottom - top);
        g.setFill(textPaint());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.fillText("1", left - em() / 3, top);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(String.valueOf(rows), left - em() / 3, bottom);
        g.setTextBaseline(VPos.BASELINE);
    }
}
