package dev.workbench.app.charts;

import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.PaintConverter;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A line chart drawn on one {@link Canvas}: no node per point, no animation, so it stays smooth
 * with thousands of updates. Lines are {@link ChartSeries} (already capped in size). It rescales
 * its axes to the data, can plot y on a log10 scale, and shows the values under the mouse.
 * Colours come from CSS ({@code -wb-series-1} ... , {@code -wb-grid-color}, ...), so themes
 * restyle it. Subclasses add lines and decide what the data means; the owner calls
 * {@link #redraw()} once per batch of new points.
 */
public abstract class CanvasChart extends Region {
    public static final String STYLE_CLASS = "canvas-chart";
    public static final String HEADER_CLASS = "chart-header";
    public static final String LEGEND_ROW_CLASS = "chart-legend-row";
    public static final String TITLE_CLASS = "chart-title";
    public static final String LEGEND_CLASS = "chart-legend";
    public static final String LEGEND_ITEM_CLASS = "chart-legend-item";
    public static final String HOVER_CLASS = "chart-hover";
    public static final String HOVER_TITLE_CLASS = "chart-hover-title";
    public static final String AXIS_LABEL_CLASS = "chart-axis-label";

    /** How a line is drawn. */
    protected enum LineStyle {
        /** Thin and translucent, for noisy raw values. */
        FAINT,
        /** The main line. */
        BOLD,
        /** A line with a dot at every point, for a few points (one per epoch). */
        MARKERS,
        /** Like {@link #MARKERS} but dashed, to pair with a solid line of the same colour. */
        DASHED
    }

    /** Where a line is named besides the plot. */
    protected enum Listing {
        /** A legend entry and a row in the hover read-out. */
        LEGEND_AND_HOVER,
        /** A hover row only (e.g. a dashed partner of a line that is already in the legend). */
        HOVER,
        /** Neither (e.g. the faint raw values under a smoothed line). */
        NONE
    }

    private record Line(ChartSeries data, int colorIndex, LineStyle style, Listing listing) {
        boolean hovered() {
            return listing != Listing.NONE;
        }
    }

    /** A labelled vertical line at one x value (e.g. a suggested learning rate). */
    private record XMarker(double x, String label, int colorIndex) {
    }

    /** Series colours themes define ({@code -wb-series-1} ... {@code -wb-series-5}): one per race lane. */
    public static final int SERIES_COLORS = 5;
    /** Pixels a line may run past the plot before it is cut, so huge values do not upset the renderer. */
    private static final double OVERSHOOT = 2000;
    /** Opacity of faint lines (raw values under a smoothed line) unless the theme sets {@code -wb-faint-opacity}. */
    static final double FAINT_OPACITY = 0.35;
    /** Radius of the dot that shows a point with no neighbour to join (the first point of a run). */
    static final double LONE_POINT_RADIUS = 3.5;
    private static final int MAX_MARKERS = 80;
    private static final double PAD_TOP = 10;
    private static final double PAD_RIGHT = 16;
    private static final double TICK_GAP = 8;
    private static final double HOVER_OFFSET = 14;
    /**
     * The smallest plot area, in pixels, at any text size: the chart asks for this much more
     * than its title, legend and axis labels, and a page that lacks the room scrolls instead.
     */
    public static final double MIN_PLOT_HEIGHT = 200;
    /** At most one y tick per this many em of axis: tick labels stay legible when the text is large. */
    private static final double Y_TICK_EM = 3;
    /** At most one x tick per this many em (x labels are written side by side, so they need more). */
    private static final double X_TICK_EM = 6;

    private final List<Line> lines = new ArrayList<>();
    private final Canvas canvas = new Canvas();
    private final Label title = new Label();
    private final FlowPane legend = new FlowPane();
    private final HBox header = new HBox();
    private final VBox top = new VBox(header);
    private final VBox hoverBox = new VBox();
    private final Label axisFont = new Label("0");
    private final List<StyleableObjectProperty<Paint>> seriesPaints = new ArrayList<>();
    private final List<Region> headerControls = new ArrayList<>();
    private int lonePoints;
    /** Points the lines had received when they were last drawn (see {@link #redrawIfNewPoints()}). */
    private long pointsAtLastDrawing = -1;
    private long drawings;

    private double xMinHint = Double.NaN;
    private double xMaxHint = Double.NaN;
    private double yMinHint = Double.NaN;
    private double yMaxHint = Double.NaN;
    private double yMinSpan;
    private double yFloor = Double.NEGATIVE_INFINITY;
    private double yTop = Double.POSITIVE_INFINITY;
    private double xMinStep;
    private boolean logY;
    private boolean logX;
    private double yCeiling = Double.NaN;
    private XMarker marker;
    private DoubleFunction<String> xFormat = ChartFormat::compact;
    private DoubleFunction<String> yFormat = ChartFormat::compact;
    private String xName = "x";
    private String placeholder = "";
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;

    // Plot area of the last drawing, for the mouse.
    private double plotLeft;
    private double plotRight;
    private double plotHeight;
    private double xMin;
    private double xMax;

    protected CanvasChart(String titleText) {
        getStyleClass().add(STYLE_CLASS);
        title.setText(titleText);
        title.getStyleClass().add(TITLE_CLASS);
        title.setMinWidth(Region.USE_PREF_SIZE);
        legend.getStyleClass().add(LEGEND_CLASS);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setPrefWrapLength(0);
        legend.setMinWidth(0);
        HBox.setHgrow(legend, Priority.ALWAYS);
        header.getStyleClass().add(HEADER_CLASS);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getChildren().addAll(title, legend);
        hoverBox.getStyleClass().add(HOVER_CLASS);
        hoverBox.setManaged(false);
        hoverBox.setVisible(false);
        hoverBox.setMouseTransparent(true);
        axisFont.getStyleClass().add(AXIS_LABEL_CLASS);
        axisFont.setManaged(false);
        axisFont.setVisible(false);
        for (int i = 0; i < SERIES_COLORS; i++) {
            StyleableObjectProperty<Paint> paint = new SimpleStyleableObjectProperty<>(
                    StyleableProperties.SERIES.get(i), this, "series" + (i + 1), StyleableProperties.SERIES_DEFAULTS.get(i));
            paint.addListener((obs, old, now) -> redraw());
            seriesPaints.add(paint);
        }
        for (StyleableObjectProperty<Paint> paint : List.of(gridColor, axisColor, textColor)) {
            paint.addListener((obs, old, now) -> redraw());
        }
        axisFont.fontProperty().addListener((obs, old, now) -> redraw());
        faintOpacity.addListener((obs, old, now) -> redraw());
        getChildren().addAll(top, canvas, hoverBox, axisFont);
        canvas.setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        canvas.setOnMouseDragged(e -> hover(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> hover(Double.NaN, Double.NaN));
    }

    // ---- for subclasses -------------------------------------------------------------------

    /** Adds a line drawn in series colour {@code colorIndex} (1-based), with a legend entry. */
    protected final ChartSeries addLine(String name, int colorIndex, LineStyle style) {
        return addLine(name, colorIndex, style, Listing.LEGEND_AND_HOVER);
    }

    /** Adds a line drawn in series colour {@code colorIndex} (1-based), named where {@code listing} says. */
    protected final ChartSeries addLine(String name, int colorIndex, LineStyle style, Listing listing) {
        if (colorIndex < 1 || colorIndex > SERIES_COLORS) {
            throw new IllegalArgumentException("colour index must be 1.." + SERIES_COLORS);
        }
        ChartSeries series = new ChartSeries(name);
        lines.add(new Line(series, colorIndex, style, listing));
        if (listing != Listing.LEGEND_AND_HOVER) {
            return series;
        }
        Circle swatch = new Circle(5);
        swatch.fillProperty().bind(seriesPaints.get(colorIndex - 1));
        if (style == LineStyle.FAINT) {
            swatch.opacityProperty().bind(faintOpacity.add(0.15).map(o -> Math.min(1.0, o.doubleValue())));
        }
        Label item = new Label(name, swatch);
        item.getStyleClass().add(LEGEND_ITEM_CLASS);
        legend.getChildren().add(item);
        return series;
    }

    /** Removes every line and its legend entry (for charts whose lines change, such as one per race lane). */
    protected final void removeLines() {
        lines.clear();
        legend.getChildren().clear();
        redraw();
    }

    /**
     * Puts the legend on its own row under the title and controls (for charts with many named
     * lines, whose legend would otherwise squeeze into a column beside the title).
     */
    protected final void placeLegendBelowTitle() {
        if (legend.getParent() == top) {
            return;
        }
        header.getChildren().remove(legend);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header.getChildren().add(1, spacer);
        legend.getStyleClass().add(LEGEND_ROW_CLASS);
        top.getChildren().add(legend);
    }

    /** Adds a control (e.g. a toggle) at the right end of the header. */
    protected final void addHeaderControl(Region control) {
        control.setMinWidth(Region.USE_PREF_SIZE);
        control.managedProperty().bind(control.visibleProperty());
        headerControls.add(control);
        header.getChildren().add(control);
    }

    /**
     * Shows or hides the header's controls (Log scale, Iterations/Time...): a picture of the
     * chart for slides shows the plot, its title and its legend only.
     */
    public final void setHeaderControlsShown(boolean shown) {
        headerControls.forEach(control -> control.setVisible(shown));
    }

    /** The controls in the header, in order (for tests and pictures). */
    public final List<Region> headerControls() {
        return List.copyOf(headerControls);
    }

    /** Keeps [min, max] in view on the x axis even before data reaches it (NaN: none). */
    public final void setXRangeHint(double min, double max) {
        xMinHint = min;
        xMaxHint = max;
        redraw();
    }

    /** Keeps [min, max] in view on the y axis whatever the data (NaN: none), e.g. 0 under a learning rate. */
    public final void setYRangeHint(double min, double max) {
        yMinHint = min;
        yMaxHint = max;
        redraw();
    }

    /**
     * Shows at least {@code span} of the y axis (linear scale) within [floor, top], so that small
     * differences don't fill the plot: for accuracies, 81% against 83% should look close.
     */
    protected final void setYMinSpan(double span, double floor, double top) {
        yMinSpan = span;
        yFloor = floor;
        yTop = top;
        redraw();
    }

    /** Smallest distance between x ticks, e.g. 1 for whole epochs. */
    protected final void setXMinStep(double step) {
        xMinStep = step;
    }

    protected final void setAxisFormats(String xAxisName, DoubleFunction<String> x, DoubleFunction<String> y) {
        xName = xAxisName;
        xFormat = x;
        yFormat = y;
    }

    /** Text shown in an empty chart. */
    public final void setPlaceholder(String text) {
        placeholder = text;
        redraw();
    }

    protected final void setLogY(boolean log) {
        logY = log;
        redraw();
    }

    /** Plots x on a log10 scale (all x must then be positive). */
    protected final void setLogX(boolean log) {
        logX = log;
        redraw();
    }

    /** Values above {@code ceiling} do not stretch the y axis (their lines leave the top); NaN: no ceiling. */
    protected final void setYCeiling(double ceiling) {
        yCeiling = ceiling;
        redraw();
    }

    /** Draws a labelled vertical line at {@code x} in series colour {@code colorIndex}; replaces the previous one. */
    public final void setXMarker(double x, String label, int colorIndex) {
        if (colorIndex < 1 || colorIndex > SERIES_COLORS) {
            throw new IllegalArgumentException("colour index must be 1.." + SERIES_COLORS);
        }
        marker = new XMarker(x, label, colorIndex);
        redraw();
    }

    public final void clearXMarker() {
        marker = null;
        redraw();
    }

    /** The x of the marker, or NaN when there is none. */
    public final double xMarker() {
        return marker == null ? Double.NaN : marker.x();
    }

    public final boolean isLogY() {
        return logY;
    }

    public final String title() {
        return title.getText();
    }

    /** Empties every line. */
    public void clear() {
        for (Line line : lines) {
            line.data().clear();
        }
        redraw();
    }

    /** Height in pixels of the plot area (inside the axes) at the last drawing; 0 when there was no room. */
    public final double plotHeight() {
        return plotHeight;
    }

    /** Points drawn as lone dots at the last drawing: points with no neighbour to join a line to. */
    public final int lonePoints() {
        return lonePoints;
    }

    /**
     * The narrowest width at which the title, the controls and every legend entry show whole: the
     * title and controls on one line, with the widest entry beside them (or, when the legend has
     * its own row, under them). Narrower, the header is cut off at the chart's edge.
     */
    public final double wholeHeaderWidth() {
        double spacing = header.getSpacing();
        double line = title.prefWidth(-1);
        for (Region control : headerControls) {
            if (control.isManaged()) {
                line += spacing + control.prefWidth(-1);
            }
        }
        double widestEntry = legend.getChildren().stream().mapToDouble(entry -> entry.prefWidth(-1)).max().orElse(0);
        double legendWidth = widestEntry == 0 ? 0 : legend.snappedLeftInset() + widestEntry + legend.snappedRightInset();
        double inner = legend.getParent() == top ? Math.max(line, legendWidth)
                : line + (legendWidth == 0 ? 0 : spacing + legendWidth);
        Insets headerInsets = header.getInsets();
        return snappedLeftInset() + headerInsets.getLeft() + inner + headerInsets.getRight() + snappedRightInset();
    }

    /** Points currently drawn, over all lines. */
    public final int drawnPoints() {
        return lines.stream().mapToInt(line -> line.data().size()).sum();
    }

    // ---- layout and drawing ---------------------------------------------------------------

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        double h = getHeight() - y - snappedBottomInset();
        double headerHeight = top.prefHeight(w);
        top.resizeRelocate(x, y, w, headerHeight);
        canvas.relocate(x, y + headerHeight);
        double cw = Math.max(0, Math.floor(w));
        double ch = Math.max(0, Math.floor(h - headerHeight));
        if (canvas.getWidth() != cw || canvas.getHeight() != ch) {
            canvas.setWidth(cw);
            canvas.setHeight(ch);
            redraw();
        }
        hoverBox.autosize();
        placeHover();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 480;
    }

    @Override
    protected double computeMinHeight(double width) {
        // The header (title and a legend that may wrap) at the width the chart has now, then
        // room for the plot and the x labels under it.
        double inner = (width > 0 ? width : getWidth()) - snappedLeftInset() - snappedRightInset();
        double headerHeight = top.prefHeight(inner > 0 ? inner : -1);
        double axisHeight = PAD_TOP + textHeight(axisFont.getFont()) + TICK_GAP * 1.5;
        return snappedTopInset() + headerHeight + axisHeight + MIN_PLOT_HEIGHT + snappedBottomInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(280, computeMinHeight(width));
    }

    @Override
    protected double computeMinWidth(double height) {
        return 240;
    }

    /**
     * Redraws only when a line received points since the last drawing. A frame that brings this
     * chart nothing (an epoch chart between epochs) then costs no repaint: with software
     * rendering a canvas repaint is a large share of the window's work while training.
     */
    public final void redrawIfNewPoints() {
        if (pointsReceived() != pointsAtLastDrawing) {
            redraw();
        }
    }

    /** How many times the chart was drawn since it was made (for tests). */
    public final long drawings() {
        return drawings;
    }

    private long pointsReceived() {
        long total = 0;
        for (Line line : lines) {
            total += line.data().received();
        }
        return total;
    }

    /** Draws everything again from the current data. Call on the FX thread. */
    public final void redraw() {
        drawings++;
        pointsAtLastDrawing = pointsReceived();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        plotHeight = 0;
        lonePoints = 0;
        if (width < 40 || height < 40) {
            return;
        }
        Font font = axisFont.getFont();
        g.setFont(font);
        double lineHeight = textHeight(font);

        double[] xr = xExtent();
        double em = font.getSize();
        AxisTicks.Range xs = xTicks(xr[0], xr[1], width, em);
        double[] yr = yExtent();
        AxisTicks.Range ys = yTicks(yr[0], yr[1], height - lineHeight - TICK_GAP * 1.5 - PAD_TOP, em);

        double labelWidth = 0;
        for (double t : ys.ticks()) {
            labelWidth = Math.max(labelWidth, textWidth(yLabel(t), font));
        }
        double left = Math.ceil(labelWidth + TICK_GAP * 2);
        double right = width - PAD_RIGHT;
        double top = PAD_TOP;
        double bottom = height - lineHeight - TICK_GAP * 1.5;
        if (right - left < 20 || bottom - top < 20) {
            return;
        }
        plotLeft = left;
        plotRight = right;
        plotHeight = bottom - top;
        xMin = xs.min();
        xMax = xs.max();
        Mapping map = new Mapping(xs.min(), xs.max(), ys.min(), ys.max(), left, right, top, bottom);

        drawGrid(g, map, xs, ys, lineHeight);
        g.save();
        g.beginPath();
        g.rect(left, top - 4, right - left + 4, bottom - top + 8);
        g.clip();
        for (Line line : lines) {
            drawLine(g, map, line);
        }
        drawMarker(g, map, lineHeight);
        drawHoverMarks(g, map);
        g.restore();
        if (lines.stream().allMatch(line -> line.data().isEmpty()) && !placeholder.isEmpty()
                && textWidth(placeholder, font) < right - left - 2 * TICK_GAP) {
            g.setFill(textColor.get());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(placeholder, (left + right) / 2, (top + bottom) / 2);
        }
        updateHoverBox(map);
    }

    private record Mapping(double x0, double x1, double y0, double y1,
                           double left, double right, double top, double bottom) {
        double px(double x) {
            double px = left + (x - x0) / (x1 - x0) * (right - left);
            return Math.max(left - OVERSHOOT, Math.min(right + OVERSHOOT, px));
        }

        double py(double y) {
            double py = bottom - (y - y0) / (y1 - y0) * (bottom - top);
            return Math.max(top - OVERSHOOT, Math.min(bottom + OVERSHOOT, py));
        }
    }

    private void drawGrid(GraphicsContext g, Mapping map, AxisTicks.Range xs, AxisTicks.Range ys, double lineHeight) {
        g.setLineWidth(1);
        g.setStroke(gridColor.get());
        g.setFill(textColor.get());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : ys.ticks()) {
            double y = crisp(map.py(t));
            g.strokeLine(map.left(), y, map.right(), y);
            g.fillText(yLabel(t), map.left() - TICK_GAP, y);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : xs.ticks()) {
            double x = crisp(map.px(t));
            g.strokeLine(x, map.top(), x, map.bottom());
            g.fillText(xLabel(t), x, map.bottom() + TICK_GAP * 0.75);
        }
        g.setStroke(axisColor.get());
        g.setLineWidth(1.5);
        g.strokeLine(map.left(), crisp(map.bottom()), map.right(), crisp(map.bottom()));
        g.strokeLine(crisp(map.left()), map.top(), crisp(map.left()), map.bottom());
    }

    private void drawLine(GraphicsContext g, Mapping map, Line line) {
        ChartSeries data = line.data();
        int n = data.size();
        if (n == 0) {
            return;
        }
        Paint paint = seriesPaints.get(line.colorIndex() - 1).get();
        g.setStroke(paint);
        g.setFill(paint);
        g.setGlobalAlpha(line.style() == LineStyle.FAINT ? faintOpacity.get() : 1.0);
        g.setLineWidth(switch (line.style()) {
            case FAINT -> 1.0;
            case BOLD -> 2.5;
            case MARKERS, DASHED -> 2.0;
        });
        if (line.style() == LineStyle.DASHED) {
            g.setLineDashes(8, 6);
        }
        g.setLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
        g.beginPath();
        boolean started = false;
        // A point that joins no other (the only one so far, or one between gaps) would draw
        // nothing as a line: it gets a dot, unless the line has markers anyway.
        List<double[]> lone = new ArrayList<>();
        double[] runStart = null;
        int runLength = 0;
        for (int i = 0; i < n; i++) {
            double y = transform(data.y(i));
            double x = Double.isFinite(y) ? transformX(data.x(i)) : Double.NaN;
            if (!Double.isFinite(y) || !Double.isFinite(x)) {
                if (runLength == 1) {
                    lone.add(runStart);
                }
                started = false;
                runLength = 0;
                continue;
            }
            double px = map.px(x);
            double py = map.py(y);
            if (started) {
                g.lineTo(px, py);
            } else {
                g.moveTo(px, py);
                started = true;
                runStart = new double[] {px, py};
            }
            runLength++;
        }
        if (runLength == 1) {
            lone.add(runStart);
        }
        g.stroke();
        g.setLineDashes();
        boolean markers = line.style() == LineStyle.MARKERS || line.style() == LineStyle.DASHED;
        if (!markers || n > MAX_MARKERS) {
            for (double[] point : lone) {
                g.fillOval(point[0] - LONE_POINT_RADIUS, point[1] - LONE_POINT_RADIUS, 2 * LONE_POINT_RADIUS, 2 * LONE_POINT_RADIUS);
                lonePoints++;
            }
        }
        if (markers && n <= MAX_MARKERS) {
            double r = line.style() == LineStyle.DASHED ? 3 : 4;
            for (int i = 0; i < n; i++) {
                double y = transform(data.y(i));
                double x = transformX(data.x(i));
                if (Double.isFinite(y) && Double.isFinite(x)) {
                    g.fillOval(map.px(x) - r, map.py(y) - r, 2 * r, 2 * r);
                }
            }
        }
        g.setGlobalAlpha(1.0);
    }

    private void drawMarker(GraphicsContext g, Mapping map, double lineHeight) {
        if (marker == null) {
            return;
        }
        double x = transformX(marker.x());
        if (!Double.isFinite(x)) {
            return;
        }
        double px = crisp(map.px(x));
        Paint paint = seriesPaints.get(marker.colorIndex() - 1).get();
        g.setStroke(paint);
        g.setFill(paint);
        g.setLineWidth(2);
        g.setLineDashes(6, 4);
        g.strokeLine(px, map.top(), px, map.bottom());
        g.setLineDashes();
        if (!marker.label().isEmpty()) {
            boolean leftOfLine = px > (map.left() + map.right()) / 2;
            g.setTextAlign(leftOfLine ? TextAlignment.RIGHT : TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(marker.label(), px + (leftOfLine ? -TICK_GAP : TICK_GAP), map.top() + lineHeight * 0.2);
        }
    }

    // ---- hover ----------------------------------------------------------------------------

    private void hover(double x, double y) {
        mouseX = x;
        mouseY = y;
        redraw();
    }

    /** The data x under the mouse, snapped to the nearest point of the first line with data. */
    private double hoveredX() {
        if (!Double.isFinite(mouseX) || mouseX < plotLeft - 4 || mouseX > plotRight + 4 || plotRight <= plotLeft) {
            return Double.NaN;
        }
        double x = xMin + (mouseX - plotLeft) / (plotRight - plotLeft) * (xMax - xMin);
        if (logX) {
            x = Math.pow(10, x);
        }
        for (Line line : lines) {
            int i = line.data().nearestIndex(x);
            if (i >= 0) {
                return line.data().x(i);
            }
        }
        return Double.NaN;
    }

    private void drawHoverMarks(GraphicsContext g, Mapping map) {
        double x = hoveredX();
        if (!Double.isFinite(x)) {
            return;
        }
        double px = crisp(map.px(transformX(x)));
        g.setStroke(axisColor.get());
        g.setLineWidth(1);
        g.setLineDashes(4, 4);
        g.strokeLine(px, map.top(), px, map.bottom());
        g.setLineDashes();
        for (Line line : lines) {
            int i = line.hovered() ? nearbyIndex(line.data(), x) : -1;
            if (i < 0) {
                continue;
            }
            double y = transform(line.data().y(i));
            if (Double.isFinite(y)) {
                g.setFill(seriesPaints.get(line.colorIndex() - 1).get());
                g.fillOval(map.px(transformX(line.data().x(i))) - 5, map.py(y) - 5, 10, 10);
            }
        }
    }

    private void updateHoverBox(Mapping map) {
        double x = hoveredX();
        if (!Double.isFinite(x)) {
            hoverBox.setVisible(false);
            return;
        }
        List<javafx.scene.Node> rows = new ArrayList<>();
        Label heading = new Label(xName + " " + xFormat.apply(x));
        heading.getStyleClass().add(HOVER_TITLE_CLASS);
        rows.add(heading);
        for (Line line : lines) {
            int i = line.hovered() ? nearbyIndex(line.data(), x) : -1;
            if (i < 0) {
                continue;
            }
            Circle swatch = new Circle(5, seriesPaints.get(line.colorIndex() - 1).get());
            rows.add(new Label(line.data().name() + ": " + yFormat.apply(line.data().y(i)), swatch));
        }
        hoverBox.getChildren().setAll(rows);
        hoverBox.setVisible(true);
        requestLayout();
    }

    private void placeHover() {
        if (!hoverBox.isVisible()) {
            return;
        }
        Bounds canvasBounds = canvas.getBoundsInParent();
        double w = hoverBox.getWidth();
        double h = hoverBox.getHeight();
        double x = canvasBounds.getMinX() + mouseX + HOVER_OFFSET;
        if (x + w > getWidth() - snappedRightInset()) {
            x = canvasBounds.getMinX() + mouseX - HOVER_OFFSET - w;
        }
        double y = canvasBounds.getMinY() + mouseY - h / 2;
        y = Math.max(canvasBounds.getMinY(), Math.min(y, canvasBounds.getMaxY() - h));
        hoverBox.relocate(Math.max(0, x), y);
    }

    /** The point of {@code data} at {@code x}, if one is close enough to belong to the same step. */
    private int nearbyIndex(ChartSeries data, double x) {
        int i = data.nearestIndex(x);
        if (i < 0) {
            return -1;
        }
        double tolerance = (xMax - xMin) / 40;
        return Math.abs(transformX(data.x(i)) - transformX(x)) <= tolerance ? i : -1;
    }

    // ---- ranges ---------------------------------------------------------------------------

    private double[] xExtent() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Line line : lines) {
            ChartSeries data = line.data();
            if (!data.isEmpty()) {
                double first = transformX(data.x(0));
                double last = transformX(data.x(data.size() - 1));
                if (Double.isFinite(first) && Double.isFinite(last)) {
                    min = Math.min(min, first);
                    max = Math.max(max, last);
                }
            }
        }
        if (Double.isFinite(transformX(xMinHint))) {
            min = Math.min(min, transformX(xMinHint));
        }
        if (Double.isFinite(transformX(xMaxHint))) {
            max = Math.max(max, transformX(xMaxHint));
        }
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            return new double[]{0, 1};
        }
        return new double[]{min, max};
    }

    private AxisTicks.Range xTicks(double min, double max, double width, double em) {
        int target = Math.max(2, (int) (width / Math.max(110, X_TICK_EM * em)));
        if (logX) {
            return AxisTicks.logAtMost(min, max, target + 1);
        }
        AxisTicks.Range range = AxisTicks.linearAtMost(min, max, target + 1);
        if (xMinStep > 0 && range.ticks().size() > 1 && range.ticks().get(1) - range.ticks().get(0) < xMinStep) {
            List<Double> ticks = new ArrayList<>();
            for (double t = Math.ceil(min / xMinStep) * xMinStep; t <= max + 1e-9; t += xMinStep) {
                ticks.add(t);
            }
            return new AxisTicks.Range(range.min(), range.max(), ticks);
        }
        return range;
    }

    private double[] yExtent() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Line line : lines) {
            ChartSeries data = line.data();
            for (int i = 0; i < data.size(); i++) {
                if (data.y(i) > yCeiling) {
                    continue;
                }
                double y = transform(data.y(i));
                if (Double.isFinite(y)) {
                    min = Math.min(min, y);
                    max = Math.max(max, y);
                }
            }
        }
        if (Double.isFinite(transform(yMinHint)) && Double.isFinite(min)) {
            min = Math.min(min, transform(yMinHint));
        }
        if (Double.isFinite(transform(yMaxHint)) && Double.isFinite(max)) {
            max = Math.max(max, transform(yMaxHint));
        }
        if (!Double.isFinite(min)) {
            return logY ? new double[]{-1, 0.5} : new double[]{0, 1};
        }
        if (!logY && max - min < yMinSpan) {
            return widen(min, max, yMinSpan, yFloor, yTop);
        }
        double pad = (max - min) * 0.06;
        if (pad == 0) {
            pad = logY ? 0.1 : Math.max(Math.abs(max) * 0.05, 1e-3);
        }
        // A hinted bound (such as 0 under a rate) is the edge of the plot, not padded past.
        return new double[]{min == transform(yMinHint) ? min : min - pad, max == transform(yMaxHint) ? max : max + pad};
    }

    /** [min, max] grown evenly to {@code span}, shifted to stay inside [floor, top] where it fits. */
    static double[] widen(double min, double max, double span, double floor, double top) {
        double middle = (min + max) / 2;
        double low = middle - span / 2;
        double high = middle + span / 2;
        if (low < floor) {
            high = Math.min(top, high + floor - low);
            low = floor;
        } else if (high > top) {
            low = Math.max(floor, low - (high - top));
            high = top;
        }
        return new double[]{low, high};
    }

    /** As many y ticks as fit one per {@link #Y_TICK_EM} em of the plot's height (at least two). */
    private AxisTicks.Range yTicks(double min, double max, double plotLength, double em) {
        int most = Math.max(2, (int) (plotLength / (Y_TICK_EM * em)) + 1);
        return logY ? AxisTicks.logAtMost(min, max, most) : AxisTicks.linearAtMost(min, max, most);
    }

    private double transform(double y) {
        if (!logY) {
            return y;
        }
        return y > 0 ? Math.log10(y) : Double.NaN;
    }

    private double transformX(double x) {
        if (!logX) {
            return x;
        }
        return x > 0 ? Math.log10(x) : Double.NaN;
    }

    private String yLabel(double tick) {
        return yFormat.apply(logY ? Math.pow(10, tick) : tick);
    }

    private String xLabel(double tick) {
        return xFormat.apply(logX ? Math.pow(10, tick) : tick);
    }

    private static double crisp(double v) {
        return Math.floor(v) + 0.5;
    }

    private static double textWidth(String s, Font font) {
        Text text = new Text(s);
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }

    private static double textHeight(Font font) {
        Text text = new Text("0");
        text.setFont(font);
        return text.getLayoutBounds().getHeight();
    }

    // ---- CSS ------------------------------------------------------------------------------

    private final StyleableObjectProperty<Paint> gridColor = new SimpleStyleableObjectProperty<>(
            StyleableProperties.GRID, this, "gridColor", Color.gray(0.5, 0.25));
    private final StyleableObjectProperty<Paint> axisColor = new SimpleStyleableObjectProperty<>(
            StyleableProperties.AXIS, this, "axisColor", Color.gray(0.5));
    private final StyleableObjectProperty<Paint> textColor = new SimpleStyleableObjectProperty<>(
            StyleableProperties.TEXT, this, "textColor", Color.gray(0.4));
    /** Faint lines are see-through; on black (high contrast) they need more opacity to be seen. */
    private final javafx.css.StyleableDoubleProperty faintOpacity = new javafx.css.SimpleStyleableDoubleProperty(
            StyleableProperties.FAINT, this, "faintOpacity", FAINT_OPACITY);

    /** The opacity faint lines are drawn with, as styled. */
    public final double faintOpacity() {
        return faintOpacity.get();
    }

    /** The paint of series colour {@code index} (1-based), as styled. */
    public final Paint seriesPaint(int index) {
        return seriesPaints.get(index - 1).get();
    }

    private static final class StyleableProperties {
        /** The shared palette (the CLI's race images use it too); themes restyle it through CSS. */
        private static final List<Paint> SERIES_DEFAULTS = dev.workbench.lessons.engine.Palette.LIGHT.stream()
                .map(hex -> (Paint) Color.web(hex)).toList();
        private static final CssMetaData<CanvasChart, Paint> GRID = paint("-wb-grid-color", c -> c.gridColor, Color.gray(0.5, 0.25));
        private static final CssMetaData<CanvasChart, Paint> AXIS = paint("-wb-axis-color", c -> c.axisColor, Color.gray(0.5));
        private static final CssMetaData<CanvasChart, Paint> TEXT = paint("-wb-text-color", c -> c.textColor, Color.gray(0.4));
        private static final CssMetaData<CanvasChart, Number> FAINT = new CssMetaData<>("-wb-faint-opacity",
                javafx.css.converter.SizeConverter.getInstance(), FAINT_OPACITY) {
            @Override
            public boolean isSettable(CanvasChart chart) {
                return !chart.faintOpacity.isBound();
            }

            @Override
            public StyleableProperty<Number> getStyleableProperty(CanvasChart chart) {
                return chart.faintOpacity;
            }
        };
        private static final List<CssMetaData<CanvasChart, Paint>> SERIES = List.of(
                series(0), series(1), series(2), series(3), series(4));
        private static final List<CssMetaData<? extends Styleable, ?>> ALL;

        static {
            List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
            all.add(GRID);
            all.add(AXIS);
            all.add(TEXT);
            all.add(FAINT);
            all.addAll(SERIES);
            ALL = Collections.unmodifiableList(all);
        }

        private static CssMetaData<CanvasChart, Paint> series(int i) {
            return paint("-wb-series-" + (i + 1), c -> c.seriesPaints.get(i), SERIES_DEFAULTS.get(i));
        }

        private static CssMetaData<CanvasChart, Paint> paint(String property,
                                                            java.util.function.Function<CanvasChart, StyleableObjectProperty<Paint>> field,
                                                            Paint initial) {
            return new CssMetaData<>(property, PaintConverter.getInstance(), initial) {
                @Override
                public boolean isSettable(CanvasChart chart) {
                    return !field.apply(chart).isBound();
                }

                @Override
                public StyleableProperty<Paint> getStyleableProperty(CanvasChart chart) {
                    return field.apply(chart);
                }
            };
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return StyleableProperties.ALL;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }

    /** Clears every line before drawing one set per lane; there are colours for at most {@link #SERIES_COLORS} lanes. */
    protected final void startLanes(java.util.List<String> labels) {
        if (labels.size() > SERIES_COLORS) {
            throw new IllegalArgumentException("at most " + SERIES_COLORS + " lanes: " + labels);
        }
        removeLines();
    }
}
