package dev.workbench.app.sequences;

import dev.workbench.app.charts.AxisTicks;
import dev.workbench.app.charts.ChartFormat;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * |dLoss/dx(t-k)| against the lag k on a log scale, twice: at initialisation (dashed) and now
 * (solid), each divided by its own value at lag 0. A line that falls steeply means the gradient
 * does not reach far back: the network cannot learn from what it read long ago. Dividing keeps the
 * two shapes comparable: a trained model's loss, and with it every gradient, is orders of
 * magnitude smaller than an untrained one's.
 */
final class MemoryHorizonChart extends SequencePlot {
    static final String WAITING = "Train to see how far back the gradient reaches";
    /** Gradients below this share of the largest are drawn at the floor (float noise, exact zeros). */
    private static final double FLOOR = 1e-12;

    private double[] first;
    private double[] now;
    private long nowIteration;

    MemoryHorizonChart() {
        super(40, 22, 18, 12);
    }

    void clear() {
        first = null;
        now = null;
        redraw();
    }

    /** The horizon at initialisation and the latest one; either may be null (not known yet). */
    void show(double[] firstByLag, double[] nowByLag, long iteration) {
        first = relativeToLagZero(firstByLag);
        now = relativeToLagZero(nowByLag);
        nowIteration = iteration;
        redraw();
    }

    /** Each value over the one at lag 0; unchanged when lag 0 has no gradient to compare with. */
    static double[] relativeToLagZero(double[] byLag) {
        if (byLag == null) {
            return null;
        }
        double atZero = byLag.length == 0 ? 0 : byLag[0];
        double[] relative = byLag.clone();
        if (atZero > 0) {
            for (int k = 0; k < relative.length; k++) {
                relative[k] /= atZero;
            }
        }
        return relative;
    }

    boolean isEmpty() {
        return now == null && first == null;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        if (isEmpty()) {
            centred(g, WAITING, w, h);
            return;
        }
        double[] shape = now != null ? now : first;
        double em = em();
        double line = em * 1.3;
        double max = Math.max(max(first), max(now));
        if (!(max > 0)) {
            centred(g, "The gradient is zero at every lag", w, h);
            return;
        }
        double floor = max * FLOOR;
        double logMin = Math.floor(Math.log10(Math.max(floor, Math.min(min(first), min(now)))));
        double logMax = Math.ceil(Math.log10(max));
        if (logMax - logMin < 1) {
            logMin = logMax - 1;
        }
        AxisTicks.Range yTicks = AxisTicks.logAtMost(logMin, logMax, (int) Math.max(2, (h - 4 * line) / (2 * line)));
        double left = 0;
        for (double t : yTicks.ticks()) {
            left = Math.max(left, textWidth(ChartFormat.compact(Math.pow(10, t))));
        }
        left += em;
        double top = 2.8 * line;
        double bottom = h - 2.4 * line;
        double right = w - em;
        int lags = shape.length;
        double xMax = Math.max(1, lags - 1);
        AxisTicks.Range xTicks = AxisTicks.linearAtMost(0, xMax, (int) Math.max(2, (right - left) / (4 * em)));

        g.setStroke(axisPaint());
        g.setLineWidth(1);
        g.setFill(textPaint());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : yTicks.ticks()) {
            double y = bottom - (t - yTicks.min()) / yTicks.span() * (bottom - top);
            g.setGlobalAlpha(0.35);
            g.strokeLine(left, y, right, y);
            g.setGlobalAlpha(1);
            g.fillText(ChartFormat.compact(Math.pow(10, t)), left - em / 2, y);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : xTicks.ticks()) {
            double x = left + t / xMax * (right - left);
            g.strokeLine(x, bottom, x, bottom + em / 3);
            g.fillText(ChartFormat.compact(t), x, bottom + em / 2);
        }
        g.strokeLine(left, top, left, bottom);
        g.strokeLine(left, bottom, right, bottom);
        g.fillText("lag k: steps back from the last input (k = 0)", (left + right) / 2, bottom + line + em / 3);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        g.fillText("|dLoss/dx(t-k)| relative to lag 0, log scale", left, top - line * 0.5);

        if (first != null && first.length == lags) {
            drawLine(g, first, left, right, top, bottom, xMax, yTicks, floor, firstColour(), 1.6, true);
        }
        if (now != null) {
            drawLine(g, now, left, right, top, bottom, xMax, yTicks, floor, secondColour(), 2.6, false);
        }
        legend(g, left, line);
    }

    private void drawLine(GraphicsContext g, double[] values, double left, double right, double top, double bottom,
                          double xMax, AxisTicks.Range y, double floor, Color colour, double width, boolean dashed) {
        g.setStroke(colour);
        g.setLineWidth(width);
        g.setLineDashes(dashed ? new double[]{em() * 0.5, em() * 0.35} : null);
        g.beginPath();
        for (int k = 0; k < values.length; k++) {
            double v = Math.log10(Math.max(floor, values[k]));
            double px = left + k / xMax * (right - left);
            double py = bottom - (Math.max(y.min(), Math.min(y.max(), v)) - y.min()) / y.span() * (bottom - top);
            if (k == 0) {
                g.moveTo(px, py);
            } else {
                g.lineTo(px, py);
            }
        }
        g.stroke();
        g.setLineDashes((double[]) null);
        g.setLineWidth(1);
    }

    private void legend(GraphicsContext g, double left, double line) {
        double em = em();
        double y = line * 0.7;
        double x = left;
        if (first != null) {
            x = legendEntry(g, x, y, firstColour(), true, "at initialisation");
        }
        if (now != null) {
            legendEntry(g, x + em, y, secondColour(), false, "now (iteration " + ChartFormat.whole(nowIteration) + ")");
        }
    }

    private double legendEntry(GraphicsContext g, double x, double y, Color colour, boolean dashed, String label) {
        double em = em();
        g.setStroke(colour);
        g.setLineWidth(dashed ? 1.6 : 2.6);
        g.setLineDashes(dashed ? new double[]{em * 0.5, em * 0.35} : null);
        g.strokeLine(x, y, x + 2 * em, y);
        g.setLineDashes((double[]) null);
        g.setLineWidth(1);
        g.setFill(textPaint());
        g.setTextBaseline(VPos.CENTER);
        g.fillText(label, x + 2.4 * em, y);
        g.setTextBaseline(VPos.BASELINE);
        return x + 2.4 * em + textWidth(label) + em;
    }

    private static double max(double[] values) {
        double m = 0;
        if (values != null) {
            for (double v : values) {
                m = Math.max(m, v);
            }
        }
        return m;
    }

    private static double min(double[] values) {
        double m = Double.POSITIVE_INFINITY;
        if (values != null) {
            for (double v : values) {
                if (v > 0) {
                    m = Math.min(m, v);
                }
            }
        }
        return m;
    }
}
