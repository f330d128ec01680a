package dev.workbench.app.probes;

import dev.workbench.lessons.engine.ProbeRecord.HeatRow;
import dev.workbench.lessons.engine.RunEvent.ProbeSample;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * A heat map over time: one column per {@link HeatRow} received (x: the iteration it was sampled
 * at), one row per item (y: layer, unit...), the latest {@link #DEFAULT_CAPACITY} columns kept.
 * Colours span the values still shown, on a log scale when the record asks, with a legend.
 */
public final class HeatRowView extends ProbeCanvas {
    public static final int DEFAULT_CAPACITY = 200;
    /** Columns stay at most this wide while the history is still short. */
    private static final int MIN_VISIBLE_COLUMNS = 40;

    private final HeatHistory history;
    private WritableImage picture;
    private ValueScale scale;

    public HeatRowView() {
        this(DEFAULT_CAPACITY);
    }

    public HeatRowView(int capacity) {
        history = new HeatHistory(capacity);
    }

    @Override
    public void update(List<ProbeSample> samples) {
        int rowsBefore = history.rows().size();
        boolean added = false;
        for (ProbeSample sample : samples) {
            if (sample.record() instanceof HeatRow row) {
                history.append(sample.iteration(), row);
                added = true;
            }
        }
        if (!added) {
            return;
        }
        rebuild();
        if (history.rows().size() != rowsBefore) {
            requestLayout();
            if (getParent() != null) {
                getParent().requestLayout();
            }
        }
        redraw();
    }

    @Override
    public void clear() {
        history.clear();
        picture = null;
        redraw();
    }

    @Override
    public boolean isEmpty() {
        return history.columns() == 0;
    }

    /** Columns kept now (at most the capacity). */
    public int columns() {
        return history.columns();
    }

    public int capacity() {
        return history.capacity();
    }

    /** The iteration of the oldest column kept (the view has forgotten older ones). */
    public long firstIteration() {
        return history.iteration(0);
    }

    @Override
    protected double prefHeightEm() {
        return Math.max(10, Math.min(24, 1.2 * history.rows().size() + 4));
    }

    /** One pixel per value: x = column, y = row (first row on top). */
    private void rebuild() {
        int columns = history.columns();
        int rows = history.rows().size();
        scale = history.scale();
        double[] values = new double[columns * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                values[r * columns + c] = history.value(c, r);
            }
        }
        picture = rows == 0 ? null : HeatColourBar.image(columns, rows, HeatColourBar.argb(values, scale));
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        if (picture == null) {
            return;
        }
        double em = em();
        double line = lineHeight();
        double pad = 0.5 * em;
        List<String> rows = history.rows();
        double labelWidth = 0;
        for (String row : rows) {
            labelWidth = Math.max(labelWidth, textWidth(row));
        }
        double legendWidth = em + pad + textWidth("-0.000e-00");
        double left = pad + Math.min(labelWidth, w * 0.3) + pad;
        double right = w - legendWidth - 1.5 * em;
        double top = pad;
        double bottom = h - line - pad * 1.5;
        if (right - left < 3 * em || bottom - top < 2 * em) {
            return;
        }
        int columns = history.columns();
        double columnWidth = (right - left) / Math.max(columns, Math.min(MIN_VISIBLE_COLUMNS, history.capacity()));
        double mapRight = left + columnWidth * columns;
        g.setImageSmoothing(false);
        g.drawImage(picture, left, top, mapRight - left, bottom - top);
        g.setStroke(axisPaint());
        g.setLineWidth(1);
        g.strokeRect(left, top, right - left, bottom - top);

        // Row names, thinned out when rows are thinner than a line of text.
        double rowHeight = (bottom - top) / rows.size();
        int every = Math.max(1, (int) Math.ceil(line / rowHeight));
        g.setFill(textPaint());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < rows.size(); r += every) {
            g.fillText(rows.get(r), left - pad, top + (r + 0.5) * rowHeight, left - 2 * pad);
        }

        // Iterations under a few columns.
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double spacing = textWidth(Long.toString(history.iteration(columns - 1))) + 2 * em;
        int step = Math.max(1, (int) Math.ceil(spacing / columnWidth));
        for (int c = columns - 1; c >= 0; c -= step) {
            double x = left + (c + 0.5) * columnWidth;
            g.strokeLine(x, bottom, x, bottom + pad / 2);
            g.fillText(Long.toString(history.iteration(c)), x, bottom + pad / 2);
        }
        HeatColourBar.drawVertical(g, scale, right + em, top, bottom, em * 0.8, textPaint(), axisPaint(), pad);
    }
}
