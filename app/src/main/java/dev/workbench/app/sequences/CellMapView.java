package dev.workbench.app.sequences;

import dev.workbench.app.charts.ChartFormat;
import dev.workbench.app.charts.HeatColours;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.text.TextAlignment;

/**
 * One map of a recurrent layer over a window, units down and time steps across, in the app's heat
 * colours on a fixed range (0..1 for a gate, -1..1 for tanh values) with its colour bar on the right.
 * Every map and the input strip above them keep the same gutters, so their time steps line up.
 */
final class CellMapView extends SequencePlot {
    /** Left gutter (unit numbers) and right gutter (colour bar and its labels), in em. */
    static final double LEFT_EM = 3.2;
    static final double RIGHT_EM = 5.5;
    private static final int GRADIENT_STEPS = 64;

    private double[][] map = new double[0][];
    private double low;
    private double high;

    CellMapView() {
        super(40, 6, 16, 3.5);
    }

    /** Shows {@code values} [unit][step] on the range low..high. */
    void show(double[][] values, double low, double high) {
        this.map = values;
        this.low = low;
        this.high = high > low ? high : low + 1;
        requestLayout();
        redraw();
    }

    @Override
    protected double prefHeightEm() {
        return Math.max(3.5, Math.min(7, 0.4 * map.length + 1));
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        if (map.length == 0 || map[0].length == 0) {
            return;
        }
        double em = em();
        double left = LEFT_EM * em;
        double right = w - RIGHT_EM * em;
        double top = 0.2 * em;
        double bottom = h - 0.2 * em;
        int units = map.length;
        int steps = map[0].length;
        int[] argb = new int[units * steps];
        for (int u = 0; u < units; u++) {
            for (int t = 0; t < steps; t++) {
                argb[u * steps + t] = HeatColours.argb((map[u][t] - low) / (high - low));
            }
        }
        WritableImage image = new WritableImage(steps, units);
        image.getPixelWriter().setPixels(0, 0, steps, units, PixelFormat.getIntArgbInstance(), argb, 0, steps);
        g.setImageSmoothing(false);
        g.drawImage(image, left, top, right - left, bottom - top);
        g.setStroke(axisPaint());
        g.setLineWidth(1);
        g.strokeRect(left, top, right - left, bottom - top);

        g.setFill(textPaint());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.fillText("1", left - em / 3, top);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(String.valueOf(units), left - em / 3, bottom);
        colourBar(g, right + em * 0.6, top, bottom);
    }

    private void colourBar(GraphicsContext g, double x, double top, double bottom) {
        double em = em();
        double width = em * 0.9;
        int[] argb = new int[GRADIENT_STEPS];
        for (int i = 0; i < GRADIENT_STEPS; i++) {
            argb[i] = HeatColours.argb(1 - (double) i / (GRADIENT_STEPS - 1));
        }
        WritableImage gradient = new WritableImage(1, GRADIENT_STEPS);
        gradient.getPixelWriter().setPixels(0, 0, 1, GRADIENT_STEPS, PixelFormat.getIntArgbInstance(), argb, 0, 1);
        g.setImageSmoothing(true);
        g.drawImage(gradient, x, top, width, bottom - top);
        g.setStroke(axisPaint());
        g.strokeRect(x, top, width, bottom - top);
        g.setFill(textPaint());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(ChartFormat.compact(high), x + width + em / 3, top);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(ChartFormat.compact(low), x + width + em / 3, bottom);
        g.setTextBaseline(VPos.BASELINE);
    }
}
