package dev.workbench.app.sequences;

import dev.workbench.app.charts.AxisTicks;
import dev.workbench.app.controls.CanvasRegion;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.function.IntFunction;

/**
 * Lines of a series against its rows: y in the series' unit, x labelled with the rows' times, an
 * optional shaded stretch (a forecast's horizon) and a marker line. Colours and font come from
 * hidden labels styled per {@link PlotRole} in {@code sequences.css}, so the plot follows the theme
 * and the text zoom. A click reports the row under the pointer.
 */
final class SeriesPlot extends CanvasRegion {
    static final String STYLE_CLASS = "seq-plot";
    static final String TEXT_CLASS = "seq-plot-text";
    static final String GRID_CLASS = "seq-plot-grid";
    static final String BAND_CLASS = "seq-plot-band";

    /** One line; NaN values leave gaps. */
    record Line(PlotRole role, double[] x, double[] y, boolean dashed, double width) {
    }

    private final Label text = hidden(TEXT_CLASS);
    private final Label grid = hidden(GRID_CLASS);
    private final Label band = hidden(BAND_CLASS);
    private final Map<PlotRole, Label> roles = new EnumMap<>(PlotRole.class);
    private List<Line> lines = List.of();
    private double bandFrom = Double.NaN;
    private double bandTo = Double.NaN;
    private double marker = Double.NaN;
    private double yMin = Double.NaN;
    private double yMax = Double.NaN;
    private String yLabel = "";
    private String placeholder = "";
    private IntFunction<String> timeLabel = Integer::toString;
    private DoubleConsumer onPick;
    /** Plot area of the last paint, for turning a click into a row. */
    private double left;
    private double right;
    private double xMin;
    private double xMax;

    SeriesPlot(double prefWidthEm, double prefHeightEm, double minWidthEm, double minHeightEm) {
        super(prefWidthEm, prefHeightEm, minWidthEm, minHeightEm);
        getStyleClass().add(STYLE_CLASS);
        getChildren().addAll(text, grid, band);
        for (PlotRole role : PlotRole.values()) {
            Label label = hidden(role.styleClass());
            roles.put(role, label);
            getChildren().add(label);
        }
        for (Label label : getChildren().stream().filter(Label.class::isInstance).map(Label.class::cast).toList()) {
            label.textFillProperty().addListener((obs, old, now) -> redraw());
        }
        text.fontProperty().addListener((obs, old, now) -> {
            requestLayout();
            redraw();
        });
        setOnMouseClicked(e -> {
            double x = e.getX() - snappedLeftInset();
            if (onPick != null && right > left && x >= left && x <= right) {
                onPick.accept(xMin + (x - left) / (right - left) * (xMax - xMin));
            }
        });
    }

    private static Label hidden(String styleClass) {
        Label label = new Label("0");
        label.getStyleClass().add(styleClass);
        label.setManaged(false);
        label.setVisible(false);
        return label;
    }

    void setLines(List<Line> newLines) {
        lines = List.copyOf(newLines);
        redraw();
    }

    /** Shades rows {@code from}..{@code to}; NaN for none. */
    void setBand(double from, double to) {
        bandFrom = from;
        bandTo = to;
        redraw();
    }

    void setMarker(double x) {
        marker = x;
        redraw();
    }

    /** A fixed y range (several plots on one scale); NaN to fit the lines. */
    void setYRange(double min, double max) {
        yMin = min;
        yMax = max;
        redraw();
    }

    void setYLabel(String label) {
        yLabel = label;
        redraw();
    }

    void setTimeLabel(IntFunction<String> label) {
        timeLabel = label;
        redraw();
    }

    /** Shown instead of the axes while there are no lines. */
    void setPlaceholder(String message) {
        placeholder = message;
        redraw();
    }

    void setOnPick(DoubleConsumer pick) {
        onPick = pick;
    }

    List<Line> lines() {
        return lines;
    }

    Paint paint(PlotRole role) {
        return roles.get(role).getTextFill();
    }

    private Font font() {
        return text.getFont();
    }

    @Override
    protected double em() {
        return font().getSize();
    }

    private double textWidth(String s) {
        Text t = new Text(s);
        t.setFont(font());
        return t.getLayoutBounds().getWidth();
    }

    @Override
    protected void redraw() {
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        GraphicsContext g = canvas().getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w < 4 * em() || h < 3 * em()) {
            return;
        }
        g.setFont(font());
        g.setLineDashes();
        if (lines.isEmpty()) {
            g.setFill(text.getTextFill());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(placeholder, w / 2, h / 2, w - em());
            return;
        }
        paintLines(g, w, h);
    }

    private void paintLines(GraphicsContext g, double w, double h) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        xMin = Double.POSITIVE_INFINITY;
        xMax = Double.NEGATIVE_INFINITY;
        for (Line line : lines) {
            for (int i = 0; i < line.x().length; i++) {
                if (Double.isFinite(line.y()[i])) {
                    lo = Math.min(lo, line.y()[i]);
                    hi = Math.max(hi, line.y()[i]);
                    xMin = Math.min(xMin, line.x()[i]);
                    xMax = Math.max(xMax, line.x()[i]);
                }
            }
        }
        if (!Double.isFinite(lo)) {
            return;
        }
        if (Double.isFinite(yMin) && Double.isFinite(yMax)) {
            lo = yMin;
            hi = yMax;
        }
        if (xMax <= xMin) {
            xMax = xMin + 1;
        }
        double em = em();
        int yTarget = (int) Math.max(2, Math.min(8, h / (2.5 * em)));
        AxisTicks.Range yRange = AxisTicks.linear(lo, hi, yTarget, false);
        double pad = (yRange.max() - yRange.min()) * 0.04;
        double y0 = yRange.min() - pad;
        double y1 = yRange.max() + pad;
        double tickWidth = 0;
        for (double tick : yRange.ticks()) {
            tickWidth = Math.max(tickWidth, textWidth(format(tick, yRange)));
        }
        boolean withYLabel = !yLabel.isEmpty();
        left = tickWidth + 0.6 * em;
        right = w - 0.8 * em;
        // The value's name and unit stand above the axis, level, so they stay readable in a low plot.
        double top = withYLabel ? 1.6 * em : 0.5 * em;
        double bottom = h - 1.7 * em;
        if (right - left < 2 * em || bottom - top < 2 * em) {
            return;
        }
        double sx = (right - left) / (xMax - xMin);
        double sy = (bottom - top) / (y1 - y0);

        if (Double.isFinite(bandFrom) && Double.isFinite(bandTo)) {
            double a = left + (Math.max(bandFrom, xMin) - xMin) * sx;
            double b = left + (Math.min(bandTo, xMax) - xMin) * sx;
            if (b > a) {
                g.setFill(band.getTextFill());
                g.fillRect(a, top, b - a, bottom - top);
            }
        }
        g.setStroke(grid.getTextFill());
        g.setLineWidth(1);
        g.setFill(text.getTextFill());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double tick : yRange.ticks()) {
            double y = bottom - (tick - y0) * sy;
            if (y < top - 1 || y > bottom + 1) {
                continue;
            }
            g.strokeLine(left, Math.round(y) + 0.5, right, Math.round(y) + 0.5);
            g.fillText(format(tick, yRange), left - 0.4 * em, y);
        }
        paintTimeAxis(g, sx, bottom, em);
        if (withYLabel) {
            g.setFill(text.getTextFill());
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(yLabel, 0, 0.1 * em, w);
        }
        g.save();
        g.beginPath();
        g.rect(left, top, right - left, bottom - top);
        g.clip();
        for (Line line : lines) {
            g.setStroke(paint(line.role()));
            g.setLineWidth(line.width());
            if (line.dashed()) {
                g.setLineDashes(0.5 * em, 0.3 * em);
            } else {
                g.setLineDashes();
            }
            boolean drawing = false;
            g.beginPath();
            for (int i = 0; i < line.x().length; i++) {
                double v = line.y()[i];
                if (!Double.isFinite(v)) {
                    drawing = false;
                    continue;
                }
                double px = left + (line.x()[i] - xMin) * sx;
                double py = bottom - (v - y0) * sy;
                if (drawing) {
                    g.lineTo(px, py);
                } else {
                    g.moveTo(px, py);
                    drawing = true;
                }
            }
            g.stroke();
        }
        g.setLineDashes();
        if (Double.isFinite(marker) && marker >= xMin && marker <= xMax) {
            double mx = Math.round(left + (marker - xMin) * sx) + 0.5;
            g.setStroke(text.getTextFill());
            g.setLineWidth(1);
            g.strokeLine(mx, top, mx, bottom);
        }
        g.restore();
        // Single points (a window's target) are dots, drawn unclipped so one at the edge stays whole.
        for (Line line : lines) {
            if (line.x().length == 1 && Double.isFinite(line.y()[0])) {
                double r = Math.max(3, line.width() * 2);
                g.setFill(paint(line.role()));
                g.fillOval(left + (line.x()[0] - xMin) * sx - r, bottom - (line.y()[0] - y0) * sy - r, 2 * r, 2 * r);
            }
        }
    }

    /** Ticks at nice row numbers, labelled with the rows' times, as many as fit side by side. */
    private void paintTimeAxis(GraphicsContext g, double sx, double bottom, double em) {
        double labelWidth = textWidth(timeLabel.apply((int) Math.round(xMin))) + 1.5 * em;
        int target = (int) Math.max(1, Math.min(10, (right - left) / labelWidth));
        AxisTicks.Range xRange = AxisTicks.linear(xMin, xMax, target, false);
        g.setFill(text.getTextFill());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double lastRight = Double.NEGATIVE_INFINITY;
        for (double tick : xRange.ticks()) {
            if (tick < xMin || tick > xMax || tick != Math.rint(tick)) {
                continue;
            }
            String label = timeLabel.apply((int) tick);
            double x = left + (tick - xMin) * sx;
            double half = textWidth(label) / 2;
            if (x - half < lastRight + 0.5 * em) {
                continue;
            }
            g.strokeLine(x, bottom, x, bottom + 0.3 * em);
            g.fillText(label, Math.max(half, Math.min(x, right + 0.8 * em - half)), bottom + 0.35 * em);
            lastRight = x + half;
        }
    }

    private static String format(double value, AxisTicks.Range range) {
        double step = range.ticks().size() > 1 ? Math.abs(range.ticks().get(1) - range.ticks().get(0)) : 1;
        int decimals = step >= 1 ? 0 : (int) Math.min(4, Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
    }
}
