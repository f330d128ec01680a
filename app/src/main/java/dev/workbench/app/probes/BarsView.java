package dev.workbench.app.probes;

import dev.workbench.app.charts.ChartFormat;
import dev.workbench.lessons.engine.ProbeRecord.Bars;
import dev.workbench.lessons.engine.RunEvent.ProbeSample;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * One bar per labelled item, e.g. the gradient norm of each layer: horizontal bars (labels on the
 * left) for a few items, vertical ones for many. Values spanning orders of magnitude go on a log
 * axis when the record asks for it. The value under the mouse is read out in a small label.
 */
public final class BarsView extends ProbeCanvas {
    public static final String HOVER_CLASS = "probe-hover";
    /** Above this many items bars stand upright, so that they stay readable. */
    static final int MAX_HORIZONTAL_ITEMS = 16;
    /** Room for one tick label along a horizontal value axis, in em (numbers are wide)... */
    private static final double TICK_SPACING_EM = 6;
    /** ...and along a vertical one (they are one line high). */
    private static final double VERTICAL_TICK_SPACING_EM = 3;
    private static final double BAR_FILL = 0.7;

    private final Label hover = new Label();
    private Bars bars;
    private int hovered = -1;
    // Geometry of the last drawing, for the mouse.
    private double categoryStart;
    private double slot;
    private Orientation drawnOrientation = Orientation.HORIZONTAL;

    public BarsView() {
        hover.getStyleClass().add(HOVER_CLASS);
        hover.setManaged(false);
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        getChildren().add(hover);
        canvas().setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        canvas().setOnMouseExited(e -> hover(Double.NaN, Double.NaN));
    }

    @Override
    public void update(List<ProbeSample> samples) {
        for (int i = samples.size() - 1; i >= 0; i--) {
            if (samples.get(i).record() instanceof Bars latest) {
                boolean resized = bars == null || bars.labels().size() != latest.labels().size();
                bars = latest;
                if (resized) {
                    requestLayout();
                    if (getParent() != null) {
                        getParent().requestLayout();
                    }
                }
                redraw();
                refreshHover();
                return;
            }
        }
    }

    @Override
    public void clear() {
        bars = null;
        hovered = -1;
        hover.setVisible(false);
        redraw();
    }

    @Override
    public boolean isEmpty() {
        return bars == null || bars.labels().isEmpty();
    }

    /** The record on screen, or null. */
    public Bars bars() {
        return bars;
    }

    /** The value read-out under the mouse, or "" when none shows. */
    public String hoverText() {
        return hover.isVisible() ? hover.getText() : "";
    }

    /** Which way the bars of the current record run. */
    public Orientation orientation() {
        return orientationFor(bars == null ? 0 : bars.labels().size());
    }

    static Orientation orientationFor(int items) {
        return items > MAX_HORIZONTAL_ITEMS ? Orientation.VERTICAL : Orientation.HORIZONTAL;
    }

    /** Bars' extents [start, end] along a value axis {@code length} long, for each value. */
    public static double[][] extents(double[] values, boolean logScale, double length) {
        ValueScale scale = ValueScale.forBars(values, logScale);
        double[][] extents = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            extents[i] = scale.barExtent(values[i], length);
        }
        return extents;
    }

    @Override
    protected double prefHeightEm() {
        if (bars == null || orientation() == Orientation.VERTICAL) {
            return 15;
        }
        return Math.max(8, Math.min(26, 1.8 * bars.labels().size() + 3));
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        double[] values = bars.values();
        ValueScale scale = ValueScale.forBars(values, bars.logScale());
        double em = em();
        double line = lineHeight();
        double pad = 0.5 * em;
        drawnOrientation = orientation();
        boolean horizontal = drawnOrientation == Orientation.HORIZONTAL;
        List<String> labels = bars.labels();
        double labelWidth = 0;
        for (String label : labels) {
            labelWidth = Math.max(labelWidth, textWidth(label));
        }
        double tickWidth = 0;
        for (double t : scale.ticks(5)) {
            tickWidth = Math.max(tickWidth, textWidth(ChartFormat.compact(t)));
        }
        double left = pad + (horizontal ? Math.min(labelWidth, w * 0.4) : tickWidth) + pad;
        double right = w - (horizontal ? 1.5 * em : pad);
        double top = pad;
        double bottom = h - line - pad * 1.5;
        if (right - left < 2 * em || bottom - top < 2 * em) {
            return;
        }
        double valueLength = horizontal ? right - left : bottom - top;
        int target = Math.max(2, (int) (valueLength / ((horizontal ? TICK_SPACING_EM : VERTICAL_TICK_SPACING_EM) * em)));
        List<Double> ticks = scale.ticks(target);

        // Grid lines and tick labels along the value axis.
        g.setLineWidth(1);
        for (double t : ticks) {
            double p = scale.fraction(t) * valueLength;
            String text = ChartFormat.compact(t);
            g.setStroke(gridPaint());
            g.setFill(textPaint());
            if (horizontal) {
                double x = crisp(left + p);
                g.strokeLine(x, top, x, bottom);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.TOP);
                g.fillText(text, Math.min(x, w - textWidth(text) / 2), bottom + pad * 0.5);
            } else {
                double y = crisp(bottom - p);
                g.strokeLine(left, y, right, y);
                g.setTextAlign(TextAlignment.RIGHT);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(text, left - pad, y);
            }
        }

        // Bars and their labels along the category axis.
        int n = values.length;
        categoryStart = horizontal ? top : left;
        slot = ((horizontal ? bottom - top : right - left)) / n;
        double thickness = Math.max(1, slot * BAR_FILL);
        int labelEvery = Math.max(1, (int) Math.ceil((horizontal ? line : labelWidth + em) / slot));
        for (int i = 0; i < n; i++) {
            double[] extent = scale.barExtent(values[i], valueLength);
            double across = categoryStart + i * slot + (slot - thickness) / 2;
            g.setFill(groupPaint(i == hovered ? 1 : 0));
            if (horizontal) {
                g.fillRect(left + extent[0], across, Math.max(1, extent[1] - extent[0]), thickness);
            } else {
                g.fillRect(across, bottom - extent[1], thickness, Math.max(1, extent[1] - extent[0]));
            }
            if (i % labelEvery == 0) {
                g.setFill(textPaint());
                if (horizontal) {
                    g.setTextAlign(TextAlignment.RIGHT);
                    g.setTextBaseline(VPos.CENTER);
                    g.fillText(labels.get(i), left - pad, categoryStart + (i + 0.5) * slot, left - 2 * pad);
                } else {
                    g.setTextAlign(TextAlignment.CENTER);
                    g.setTextBaseline(VPos.TOP);
                    g.fillText(labels.get(i), categoryStart + (i + 0.5) * slot, bottom + pad * 0.5, slot * labelEvery);
                }
            }
        }
        // The axis the bars grow from.
        g.setStroke(axisPaint());
        double base = scale.baseline() * valueLength;
        if (horizontal) {
            g.strokeLine(crisp(left + base), top, crisp(left + base), bottom);
        } else {
            g.strokeLine(left, crisp(bottom - base), right, crisp(bottom - base));
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private void hover(double x, double y) {
        int index = -1;
        if (!isEmpty() && !Double.isNaN(x) && slot > 0) {
            double along = drawnOrientation == Orientation.HORIZONTAL ? y : x;
            int i = (int) Math.floor((along - categoryStart) / slot);
            index = i >= 0 && i < bars.labels().size() ? i : -1;
        }
        if (index != hovered) {
            hovered = index;
            redraw();
        }
        if (index >= 0) {
            hover.relocate(Math.min(x + em(), Math.max(0, getWidth() - hover.prefWidth(-1))),
                    Math.max(0, y - 2 * em()));
        }
        refreshHover();
    }

    private void refreshHover() {
        if (hovered < 0 || isEmpty() || hovered >= bars.labels().size()) {
            hover.setVisible(false);
            return;
        }
        double value = bars.values()[hovered];
        String unit = bars.unit() == null || bars.unit().isBlank() ? "" : " " + bars.unit();
        hover.setText(bars.labels().get(hovered) + ": " + ChartFormat.compact(value) + unit);
        hover.autosize();
        hover.setVisible(true);
    }

    private static double crisp(double v) {
        return Math.floor(v) + 0.5;
    }
}
