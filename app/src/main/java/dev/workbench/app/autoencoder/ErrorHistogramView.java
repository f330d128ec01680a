package dev.workbench.app.autoencoder;

import dev.workbench.app.charts.AxisTicks;
import dev.workbench.app.charts.ChartFormat;
import dev.workbench.lessons.autoencoder.AnomalyScores;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;

/**
 * Two histograms of reconstruction error on one axis: the normal test items and the held-out class,
 * each as a share of its own group (so a small anomaly class is not dwarfed), and the threshold as a
 * vertical line. Everything right of it is flagged as an anomaly. Pressing or dragging moves it.
 */
final class ErrorHistogramView extends PlotCanvas {
    static final int BINS = 40;
    /** The axis ends past this quantile of all errors, so one extreme image does not squash the rest. */
    private static final double TOP_QUANTILE = 0.995;
    /** The axis reaches at most this many times this quantile of the normal examples' errors. */
    private static final double NORMAL_REACH = 4;
    private static final double NORMAL_QUANTILE = 0.95;

    private AnomalyScores scores;
    private String anomalyName = "anomaly";
    private ExampleWords words = ExampleWords.IMAGES;
    private double upper = 1;
    private double[] normalShare = new double[0];
    private double[] anomalyShare = new double[0];
    private double threshold = Double.NaN;
    /** True when some errors lie beyond the axis and are counted in the last bar. */
    private boolean overflow;
    private DoubleConsumer onThreshold = t -> { };
    private double plotLeft;
    private double plotWidth;

    ErrorHistogramView() {
        super("ae-histogram");
        setCursor(Cursor.H_RESIZE);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::drag);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
    }

    void setWords(ExampleWords newWords) {
        words = newWords;
        redraw();
    }

    void setOnThreshold(DoubleConsumer handler) {
        onThreshold = handler;
    }

    /**
     * The right end of the error axis for these scores: past nearly all errors, but at most a few times
     * what the normal examples typically reach, so a long tail of anomalies (table rows many standard deviations
     * out) piles into the last bar instead of squashing the normal ones into a sliver.
     */
    static double upper(AnomalyScores scores) {
        double[] normal = scores.normal();
        double[] anomalous = scores.anomalous();
        double[] all = Arrays.copyOf(normal, normal.length + anomalous.length);
        System.arraycopy(anomalous, 0, all, normal.length, anomalous.length);
        if (all.length == 0) {
            return 1;
        }
        double top = quantile(all, TOP_QUANTILE);
        if (normal.length > 0) {
            top = Math.min(top, NORMAL_REACH * quantile(normal, NORMAL_QUANTILE));
        }
        return top > 0 ? top * 1.05 : 1;
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * (sorted.length - 1)))];
    }

    void show(AnomalyScores newScores, String anomalyClass, double newThreshold) {
        scores = newScores;
        anomalyName = anomalyClass;
        upper = upper(newScores);
        double[] edges = new double[BINS + 1];
        for (int i = 0; i <= BINS; i++) {
            edges[i] = upper * i / BINS;
        }
        overflow = java.util.stream.DoubleStream.concat(java.util.Arrays.stream(newScores.normal()),
                java.util.Arrays.stream(newScores.anomalous())).anyMatch(e -> e > upper);
        normalShare = AnomalyScores.histogram(newScores.normal(), edges);
        anomalyShare = AnomalyScores.histogram(newScores.anomalous(), edges);
        threshold = newThreshold;
        redraw();
    }

    void setThreshold(double newThreshold) {
        threshold = newThreshold;
        redraw();
    }

    double upper() {
        return upper;
    }

    private void drag(MouseEvent e) {
        if (scores == null || plotWidth <= 0) {
            return;
        }
        double fraction = (e.getX() - snappedLeftInset() - plotLeft) / plotWidth;
        onThreshold.accept(Math.max(0, Math.min(1, fraction)) * upper);
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        if (scores == null) {
            plotWidth = 0;
            centred(g, "Waiting for the anomaly scores", w, h);
            return;
        }
        double em = em();
        double pad = 0.5 * em;
        double line = 1.3 * em;
        double maxShare = 0;
        for (int i = 0; i < BINS; i++) {
            maxShare = Math.max(maxShare, Math.max(normalShare[i], anomalyShare[i]));
        }
        AxisTicks.Range yTicks = AxisTicks.linear(0, Math.max(maxShare, 0.01), 4, true);
        double yTop = yTicks.max();
        double tickWidth = textWidth("100%");
        plotLeft = tickWidth + 2 * pad;
        plotWidth = w - plotLeft - textWidth("0.000") / 2 - pad; // room for the last tick's label
        int legendLines = drawLegend(g, pad, line, w - pad, false);
        double plotTop = legendLines * line + 2 * pad;
        List<String> caption = caption(plotWidth);
        double plotHeight = h - plotTop - (1.4 + 1.2 * caption.size()) * em;
        if (plotWidth < 4 * em || plotHeight < 3 * em) {
            return;
        }
        drawLegend(g, pad, line, w - pad, true);
        // Flagged side of the threshold, lightly shaded.
        double tx = Double.isFinite(threshold) ? plotLeft + Math.min(1, threshold / upper) * plotWidth : Double.NaN;
        if (Double.isFinite(tx)) {
            g.setFill(accentColour().deriveColor(0, 1, 1, 0.08));
            g.fillRect(tx, plotTop, plotLeft + plotWidth - tx, plotHeight);
        }
        double barWidth = plotWidth / BINS;
        drawBars(g, normalShare, normalColour(), plotTop, plotHeight, yTop, barWidth);
        drawBars(g, anomalyShare, anomalyColour(), plotTop, plotHeight, yTop, barWidth);
        // Axes.
        g.setStroke(axisPaint());
        g.setLineWidth(1);
        g.strokeLine(plotLeft, plotTop + plotHeight, plotLeft + plotWidth, plotTop + plotHeight);
        g.strokeLine(plotLeft, plotTop, plotLeft, plotTop + plotHeight);
        g.setFill(textPaint());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : yTicks.ticks()) {
            double y = plotTop + plotHeight - t / yTop * plotHeight;
            g.fillText(ChartFormat.percent(t), plotLeft - pad, y);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : AxisTicks.linear(0, upper, Math.max(2, (int) (plotWidth / (6 * em))), false).ticks()) {
            double x = plotLeft + t / upper * plotWidth;
            g.strokeLine(x, plotTop + plotHeight, x, plotTop + plotHeight + pad / 2);
            g.fillText(String.format(Locale.ROOT, upper >= 10 ? "%.0f" : upper >= 1 ? "%.1f" : "%.3f", t), x,
                    plotTop + plotHeight + pad / 2);
        }
        for (int i = 0; i < caption.size(); i++) {
            g.fillText(caption.get(i), plotLeft + plotWidth / 2, plotTop + plotHeight + (1.4 + 1.2 * i) * em, plotWidth);
        }
        if (Double.isFinite(tx)) {
            Color accent = accentColour();
            g.setStroke(accent);
            g.setLineWidth(2.5);
            g.strokeLine(tx, plotTop - pad / 2, tx, plotTop + plotHeight);
            g.setFill(accent);
            boolean leftSide = tx > plotLeft + plotWidth * 0.7;
            g.setTextAlign(leftSide ? TextAlignment.RIGHT : TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText((leftSide ? "" : " ") + "threshold " + AnomalyPanel.error(threshold)
                    + (leftSide ? " " : ""), tx, plotTop);
            g.fillText((leftSide ? "" : " ") + "flagged \u2192" + (leftSide ? " " : ""), tx, plotTop + 1.2 * em);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private void drawBars(GraphicsContext g, double[] share, Color colour, double top, double height, double yTop,
                          double barWidth) {
        for (int i = 0; i < share.length; i++) {
            if (share[i] <= 0) {
                continue;
            }
            double barHeight = share[i] / yTop * height;
            double x = plotLeft + i * barWidth;
            double y = top + height - barHeight;
            g.setFill(colour.deriveColor(0, 1, 1, 0.5));
            g.fillRect(x, y, barWidth, barHeight);
            g.setStroke(colour);
            g.setLineWidth(1);
            g.strokeRect(x + 0.5, y + 0.5, Math.max(0, barWidth - 1), Math.max(0, barHeight - 1));
        }
    }

    /** The x axis caption in lines that fit the plot's width; the note on the last bar goes on a line of its own. */
    private List<String> caption(double width) {
        String axis = "reconstruction error per " + words.unit() + " (mean squared)";
        String note = "the last bar also holds all larger errors";
        if (!overflow) {
            return wrap(axis, width);
        }
        if (textWidth(axis + "; " + note) <= width) {
            return List.of(axis + "; " + note);
        }
        List<String> lines = new ArrayList<>(wrap(axis + ";", width));
        lines.addAll(wrap(note, width));
        return lines;
    }

    /** Lays out (and, when draw, paints) the legend from the top left, wrapping items at right; returns its lines. */
    private int drawLegend(GraphicsContext g, double pad, double line, double right, boolean draw) {
        double em = em();
        double x = pad;
        double mid = pad + line / 2;
        int lines = 1;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        String[] names = {words.normalGroup() + " test " + words.examples() + " (" + scores.normal().length + ")",
                anomalyName + ", never trained on (" + scores.anomalous().length + ")"};
        Color[] colours = {normalColour(), anomalyColour()};
        for (int i = 0; i < 2; i++) {
            double itemWidth = 1.2 * em + textWidth(names[i]);
            if (x > pad && x + itemWidth > right) {
                x = pad;
                mid += line;
                lines++;
            }
            if (draw) {
                g.setFill(colours[i].deriveColor(0, 1, 1, 0.6));
                g.fillRect(x, mid - 0.4 * em, 0.8 * em, 0.8 * em);
                g.setFill(textPaint());
                g.fillText(names[i], x + 1.2 * em, mid, Math.max(em, right - x - 1.2 * em));
            }
            x += itemWidth + 1.5 * em;
        }
        g.setTextBaseline(VPos.BASELINE);
        return lines;
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + 18 * em();
    }
}
