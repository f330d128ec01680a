package dev.workbench.app.gan;

import dev.workbench.app.controls.CanvasRegion;
import dev.workbench.app.charts.AxisTicks;
import dev.workbench.app.charts.ChartFormat;
import dev.workbench.app.charts.HeatColours;
import dev.workbench.lessons.engine.ProbeRecord.Grid;
import dev.workbench.lessons.engine.ProbeRecord.Points;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.PaintConverter;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One plane for the 2-D GAN, as GAN Lab draws it: the discriminator's output D(x) as a heat map
 * (dark: "generated", light: "real"), the real and generated samples over it, arrows from each of
 * a few generated samples in the direction the generator's gradient pushes it, and the generator's
 * manifold, where a regular grid of noise lands, as a warped mesh. The layers can be switched off.
 * In draw mode a click or drag places points of the target the student wants the GAN to learn.
 *
 * <p>Colours come from CSS ({@code -wb-gan-real}, {@code -wb-gan-generated}, {@code -wb-gan-arrow},
 * {@code -wb-gan-mesh}, {@code -wb-gan-drawn}, {@code -wb-gan-text}, {@code -wb-gan-axis},
 * {@code -wb-gan-outline}, set from the theme's looked-up colours in {@code gan.css}); sizes are in
 * em of a hidden label's font, so the drawing grows with the app's text zoom. Redraws when it gets
 * a record or changes size, never on a timer.
 */
public final class GanPlaneView extends CanvasRegion {
    public static final String STYLE_CLASS = "gan-plane";
    public static final String LABEL_CLASS = "gan-plane-label";
    /** The plane when there is nothing to frame yet: [-DEFAULT_HALF, DEFAULT_HALF] on both axes. */
    static final double DEFAULT_HALF = 3;
    private static final double HEAT_OPACITY = 0.8;
    private static final double MIN_DRAG_EM = 0.9;

    private final Label fontSource = new Label("0");

    private Grid map;
    private WritableImage mapPicture;
    private Points samples;
    private Points manifold;
    private Points arrows;
    private DrawnPoints drawn = DrawnPoints.NONE;
    private PlaneLayers layers = PlaneLayers.ALL;
    private boolean drawMode;
    private BiConsumer<Double, Double> onDraw = (x, y) -> { };
    /** The frame of the last drawing, for turning clicks into data coordinates. */
    private Frame frame;
    private double lastDrawX = Double.NaN;
    private double lastDrawY = Double.NaN;

    /** The data box and where it lands on screen; one unit is as long on x as on y. */
    record Frame(double xMin, double xMax, double yMin, double yMax, double left, double top, double size) {
        double toX(double x) {
            return left + (x - xMin) / (xMax - xMin) * size;
        }

        double toY(double y) {
            return top + size - (y - yMin) / (yMax - yMin) * size;
        }

        double dataX(double px) {
            return xMin + (px - left) / size * (xMax - xMin);
        }

        double dataY(double py) {
            return yMin + (top + size - py) / size * (yMax - yMin);
        }

        boolean contains(double px, double py) {
            return px >= left && px <= left + size && py >= top && py <= top + size;
        }
    }

    public GanPlaneView() {
        super(36, 34, 16, 16);
        getStyleClass().add(STYLE_CLASS);
        fontSource.getStyleClass().add(LABEL_CLASS);
        fontSource.setManaged(false);
        fontSource.setVisible(false);
        fontSource.fontProperty().addListener((obs, old, now) -> {
            requestLayout();
            redraw();
        });
        for (StyleableObjectProperty<Paint> paint : List.of(text, axis, outline, real, generated, arrow, mesh, drawnPaint)) {
            paint.addListener((obs, old, now) -> redraw());
        }
        getChildren().add(fontSource);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> draw(e, true));
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> draw(e, false));
    }

    // ---- content ---------------------------------------------------------------------------

    /** The discriminator's output over the plane. */
    public void showMap(Grid grid) {
        map = grid;
        int columns = grid.columns();
        int rows = grid.rows();
        double[] values = grid.values();
        int[] argb = new int[values.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double v = values[r * columns + c];
                // Row 0 of the grid is at the bottom (yMin); row 0 of an image is its top.
                argb[(rows - 1 - r) * columns + c] = HeatColours.argb(Double.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0);
            }
        }
        mapPicture = new WritableImage(columns, rows);
        mapPicture.getPixelWriter().setPixels(0, 0, columns, rows, PixelFormat.getIntArgbInstance(), argb, 0, columns);
        redraw();
    }

    /** Real (group 0) and generated (group 1) samples. */
    public void showSamples(Points points) {
        samples = points;
        redraw();
    }

    /** Where a regular grid of noise lands: group j is row j of the mesh, in column order. */
    public void showManifold(Points points) {
        manifold = points;
        redraw();
    }

    /** Pairs of points: a generated sample (2a) and where G's gradient pushes it (2a+1). */
    public void showArrows(Points points) {
        arrows = points;
        redraw();
    }

    public void showDrawn(DrawnPoints points) {
        drawn = points;
        redraw();
    }

    public void setLayers(PlaneLayers shown) {
        layers = shown;
        redraw();
    }

    public PlaneLayers layers() {
        return layers;
    }

    /** Forgets the model's views (a new run); drawn points stay. */
    public void clear() {
        map = null;
        mapPicture = null;
        samples = null;
        manifold = null;
        arrows = null;
        redraw();
    }

    /** In draw mode a click or drag in the plane calls {@link #setOnDraw} with the point's coordinates. */
    public void setDrawMode(boolean on) {
        drawMode = on;
        setCursor(on ? Cursor.CROSSHAIR : Cursor.DEFAULT);
    }

    public void setOnDraw(BiConsumer<Double, Double> handler) {
        onDraw = handler;
    }

    public Grid map() {
        return map;
    }

    public Points samples() {
        return samples;
    }

    public Points manifold() {
        return manifold;
    }

    public Points arrows() {
        return arrows;
    }

    /** The frame last drawn, or null before the first drawing (for tests: where to click). */
    Frame frame() {
        return frame;
    }

    private void draw(MouseEvent e, boolean press) {
        if (!drawMode || e.getButton() != MouseButton.PRIMARY || frame == null) {
            return;
        }
        double px = e.getX() - canvas().getLayoutX();
        double py = e.getY() - canvas().getLayoutY();
        if (!frame.contains(px, py)) {
            return;
        }
        if (!press && Math.hypot(px - lastDrawX, py - lastDrawY) < MIN_DRAG_EM * em()) {
            return;
        }
        lastDrawX = px;
        lastDrawY = py;
        onDraw.accept(frame.dataX(px), frame.dataY(py));
        e.consume();
    }

    // ---- drawing ---------------------------------------------------------------------------

    @Override
    protected double em() {
        return fontSource.getFont().getSize();
    }

    private double textWidth(String s) {
        Text t = new Text(s);
        t.setFont(fontSource.getFont());
        return t.getLayoutBounds().getWidth();
    }

    private double lineHeight() {
        Text t = new Text("0");
        t.setFont(fontSource.getFont());
        return t.getLayoutBounds().getHeight();
    }

    @Override
    protected void redraw() {
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        GraphicsContext g = canvas().getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        double em = em();
        if (w < 4 * em || h < 4 * em) {
            return;
        }
        Font font = fontSource.getFont();
        g.setFont(font);
        g.setGlobalAlpha(1);
        double pad = 0.5 * em;
        double legendBottom = drawLegend(g, w, pad);
        double tickWidth = textWidth("-0.0");
        double line = lineHeight();
        double left = tickWidth + 1.5 * pad;
        double top = legendBottom + pad;
        double availableW = w - left - pad;
        double availableH = h - top - line - 1.5 * pad;
        double size = Math.min(availableW, availableH);
        if (size < 3 * em) {
            frame = null;
            return;
        }
        double[] box = box();
        frame = new Frame(box[0], box[1], box[2], box[3], left + (availableW - size) / 2, top, size);
        if (layers.heatMap() && mapPicture != null) {
            g.setImageSmoothing(true);
            g.setGlobalAlpha(HEAT_OPACITY);
            double x0 = frame.toX(map.xMin());
            double y0 = frame.toY(map.yMax());
            g.drawImage(mapPicture, x0, y0, frame.toX(map.xMax()) - x0, frame.toY(map.yMin()) - y0);
            g.setGlobalAlpha(1);
        }
        drawAxes(g, pad);
        g.save();
        g.beginPath();
        g.rect(frame.left(), frame.top(), frame.size(), frame.size());
        g.clip();
        if (layers.manifold() && manifold != null) {
            drawMesh(g, em);
        }
        if (samples != null) {
            drawSamples(g, em);
        }
        if (layers.arrows() && arrows != null) {
            drawArrows(g, em);
        }
        drawDrawn(g, em);
        g.restore();
        if (map == null && samples == null) {
            g.setFill(text.get());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            String message = drawMode ? "Click or drag to place points" : "Press Train to see the generator learn";
            g.fillText(message, frame.left() + frame.size() / 2, frame.top() + frame.size() / 2, frame.size());
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** The map's box when there is one (so D(x) fills the plane), else the samples' and drawn points' extent. */
    private double[] box() {
        if (map != null) {
            return new double[]{map.xMin(), map.xMax(), map.yMin(), map.yMax()};
        }
        double x0 = -DEFAULT_HALF, x1 = DEFAULT_HALF, y0 = -DEFAULT_HALF, y1 = DEFAULT_HALF;
        if (samples != null) {
            double[] xs = samples.x();
            double[] ys = samples.y();
            for (int i = 0; i < xs.length; i++) {
                if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                    x0 = Math.min(x0, xs[i]);
                    x1 = Math.max(x1, xs[i]);
                    y0 = Math.min(y0, ys[i]);
                    y1 = Math.max(y1, ys[i]);
                }
            }
        }
        double half = Math.max(x1 - x0, y1 - y0) / 2;
        double cx = (x0 + x1) / 2;
        double cy = (y0 + y1) / 2;
        return new double[]{cx - half, cx + half, cy - half, cy + half};
    }

    private void drawAxes(GraphicsContext g, double pad) {
        double em = em();
        g.setLineWidth(1);
        g.setStroke(axis.get());
        g.strokeRect(frame.left(), frame.top(), frame.size(), frame.size());
        g.setFill(text.get());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double bottom = frame.top() + frame.size();
        int target = Math.max(2, (int) (frame.size() / (4 * em)));
        for (double t : AxisTicks.linear(frame.xMin(), frame.xMax(), target, false).ticks()) {
            double x = frame.toX(t);
            g.strokeLine(x, bottom, x, bottom + pad / 2);
            g.fillText(ChartFormat.compact(t), x, bottom + pad / 2);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : AxisTicks.linear(frame.yMin(), frame.yMax(), target, false).ticks()) {
            double y = frame.toY(t);
            g.strokeLine(frame.left() - pad / 2, y, frame.left(), y);
            g.fillText(ChartFormat.compact(t), frame.left() - pad, y);
        }
    }

    private void drawMesh(GraphicsContext g, double em) {
        double[] xs = manifold.x();
        double[] ys = manifold.y();
        int rows = Math.max(1, manifold.groups().size());
        int columns = xs.length / rows;
        if (columns < 2) {
            return;
        }
        g.setStroke(mesh.get());
        g.setLineWidth(Math.max(1, 0.09 * em));
        for (int r = 0; r < rows; r++) {
            g.beginPath();
            for (int c = 0; c < columns; c++) {
                lineOrMove(g, c == 0, xs[r * columns + c], ys[r * columns + c]);
            }
            g.stroke();
        }
        for (int c = 0; c < columns; c++) {
            g.beginPath();
            for (int r = 0; r < rows; r++) {
                lineOrMove(g, r == 0, xs[r * columns + c], ys[r * columns + c]);
            }
            g.stroke();
        }
    }

    private void lineOrMove(GraphicsContext g, boolean first, double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        if (first) {
            g.moveTo(frame.toX(x), frame.toY(y));
        } else {
            g.lineTo(frame.toX(x), frame.toY(y));
        }
    }

    private void drawSamples(GraphicsContext g, double em) {
        double[] xs = samples.x();
        double[] ys = samples.y();
        int[] group = samples.group();
        double r = Math.max(2.5, 0.3 * em);
        g.setLineWidth(Math.max(1, 0.07 * em));
        g.setStroke(outline.get());
        for (int pass = 0; pass < 2; pass++) {
            g.setFill(pass == 0 ? real.get() : generated.get());
            for (int i = 0; i < xs.length; i++) {
                if (group[i] != pass || !Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                    continue;
                }
                double x = frame.toX(xs[i]);
                double y = frame.toY(ys[i]);
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
    }

    private void drawArrows(GraphicsContext g, double em) {
        double[] xs = arrows.x();
        double[] ys = arrows.y();
        double head = 0.55 * em;
        for (int pass = 0; pass < 2; pass++) {
            // An outline first, so the arrows read over both ends of the heat map.
            g.setStroke(pass == 0 ? outline.get() : arrow.get());
            g.setLineWidth(pass == 0 ? Math.max(3, 0.3 * em) : Math.max(1.5, 0.14 * em));
            for (int a = 0; a + 1 < xs.length; a += 2) {
                double x0 = frame.toX(xs[a]);
                double y0 = frame.toY(ys[a]);
                double x1 = frame.toX(xs[a + 1]);
                double y1 = frame.toY(ys[a + 1]);
                double length = Math.hypot(x1 - x0, y1 - y0);
                if (!Double.isFinite(length) || length < 0.5) {
                    continue;
                }
                g.strokeLine(x0, y0, x1, y1);
                double ux = (x1 - x0) / length;
                double uy = (y1 - y0) / length;
                double h = Math.min(head, 0.6 * length);
                g.strokeLine(x1, y1, x1 - h * (ux - 0.5 * uy), y1 - h * (uy + 0.5 * ux));
                g.strokeLine(x1, y1, x1 - h * (ux + 0.5 * uy), y1 - h * (uy - 0.5 * ux));
            }
        }
    }

    private void drawDrawn(GraphicsContext g, double em) {
        double s = 0.45 * em;
        for (int pass = 0; pass < 2; pass++) {
            g.setStroke(pass == 0 ? outline.get() : drawnPaint.get());
            g.setLineWidth(pass == 0 ? Math.max(3.5, 0.32 * em) : Math.max(1.5, 0.14 * em));
            for (double[] p : drawn.points()) {
                double x = frame.toX(p[0]);
                double y = frame.toY(p[1]);
                g.strokeLine(x - s, y, x + s, y);
                g.strokeLine(x, y - s, x, y + s);
            }
        }
    }

    /** One item of the legend: a swatch drawer and its text. */
    private record Item(String label, java.util.function.BiConsumer<Double, Double> swatch) {
    }

    /** The legend, wrapped onto as many lines as it needs; returns its bottom. */
    private double drawLegend(GraphicsContext g, double w, double pad) {
        double em = em();
        double line = lineHeight();
        List<Item> items = new ArrayList<>();
        double r = 0.32 * em;
        items.add(new Item("real", (x, y) -> dot(g, x, y, r, real.get())));
        items.add(new Item("generated", (x, y) -> dot(g, x, y, r, generated.get())));
        if (layers.arrows()) {
            items.add(new Item("G's push", (x, y) -> {
                g.setStroke(arrow.get());
                g.setLineWidth(Math.max(1.5, 0.14 * em));
                g.strokeLine(x - 0.1 * em, y, x + 0.9 * em, y);
                g.strokeLine(x + 0.9 * em, y, x + 0.55 * em, y - 0.3 * em);
                g.strokeLine(x + 0.9 * em, y, x + 0.55 * em, y + 0.3 * em);
            }));
        }
        if (layers.manifold()) {
            items.add(new Item("noise grid", (x, y) -> {
                g.setStroke(mesh.get());
                g.setLineWidth(Math.max(1, 0.09 * em));
                g.strokeRect(x, y - 0.35 * em, 0.8 * em, 0.7 * em);
                g.strokeLine(x + 0.4 * em, y - 0.35 * em, x + 0.4 * em, y + 0.35 * em);
            }));
        }
        if (drawn.size() > 0) {
            items.add(new Item("your points", (x, y) -> {
                g.setStroke(drawnPaint.get());
                g.setLineWidth(Math.max(1.5, 0.14 * em));
                g.strokeLine(x, y, x + 0.8 * em, y);
                g.strokeLine(x + 0.4 * em, y - 0.4 * em, x + 0.4 * em, y + 0.4 * em);
            }));
        }
        String low = "D(x): 0 generated";
        String high = "1 real";
        double barWidth = 5 * em;
        boolean bar = layers.heatMap() && map != null;
        double barSpace = bar ? textWidth(low) + textWidth(high) + barWidth + 2 * pad : 0;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double x = pad;
        double mid = pad + line / 2;
        double swatch = 0.9 * em;
        for (Item item : items) {
            double itemWidth = swatch + 0.4 * em + textWidth(item.label());
            boolean firstLine = mid == pad + line / 2;
            double limit = firstLine ? w - barSpace - pad : w - pad;
            if (x > pad && x + itemWidth > limit) {
                x = pad;
                mid += line;
            }
            item.swatch().accept(x, mid);
            g.setFill(text.get());
            g.fillText(item.label(), x + swatch + 0.4 * em, mid);
            x += itemWidth + em;
        }
        if (bar) {
            double barMid = pad + line / 2;
            if (barSpace > w - 2 * pad) {
                // Too narrow to share the first line: the bar gets a line of its own.
                mid += line;
                barMid = mid;
            }
            double right = w - pad;
            g.setFill(text.get());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(high, right, barMid);
            double barRight = right - textWidth(high) - pad / 2;
            double barLeft = barRight - barWidth;
            int steps = 32;
            for (int i = 0; i < steps; i++) {
                int argb = HeatColours.argb((i + 0.5) / steps);
                g.setFill(Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff));
                g.fillRect(barLeft + i * barWidth / steps, barMid - 0.35 * em, barWidth / steps + 0.5, 0.7 * em);
            }
            g.setStroke(axis.get());
            g.setLineWidth(1);
            g.strokeRect(barLeft, barMid - 0.35 * em, barWidth, 0.7 * em);
            g.setFill(text.get());
            g.fillText(low, barLeft - pad / 2, barMid);
            g.setTextAlign(TextAlignment.LEFT);
        }
        g.setTextBaseline(VPos.BASELINE);
        return mid + line / 2;
    }

    private void dot(GraphicsContext g, double x, double y, double r, Paint fill) {
        g.setFill(fill);
        g.fillOval(x + 0.45 * em() - r, y - r, 2 * r, 2 * r);
        g.setStroke(outline.get());
        g.setLineWidth(1);
        g.strokeOval(x + 0.45 * em() - r, y - r, 2 * r, 2 * r);
    }






    // ---- CSS ------------------------------------------------------------------------------

    private final StyleableObjectProperty<Paint> text = paint(Css.TEXT, "text");
    private final StyleableObjectProperty<Paint> axis = paint(Css.AXIS, "axis");
    private final StyleableObjectProperty<Paint> outline = paint(Css.OUTLINE, "outline");
    private final StyleableObjectProperty<Paint> real = paint(Css.REAL, "real");
    private final StyleableObjectProperty<Paint> generated = paint(Css.GENERATED, "generated");
    private final StyleableObjectProperty<Paint> arrow = paint(Css.ARROW, "arrow");
    private final StyleableObjectProperty<Paint> mesh = paint(Css.MESH, "mesh");
    private final StyleableObjectProperty<Paint> drawnPaint = paint(Css.DRAWN, "drawn");

    private StyleableObjectProperty<Paint> paint(CssMetaData<GanPlaneView, Paint> meta, String name) {
        return new SimpleStyleableObjectProperty<>(meta, this, name, meta.getInitialValue(this));
    }

    private static final class Css {
        private static final CssMetaData<GanPlaneView, Paint> TEXT = meta("-wb-gan-text", v -> v.text, Color.gray(0.3));
        private static final CssMetaData<GanPlaneView, Paint> AXIS = meta("-wb-gan-axis", v -> v.axis, Color.gray(0.5));
        private static final CssMetaData<GanPlaneView, Paint> OUTLINE = meta("-wb-gan-outline", v -> v.outline, Color.WHITE);
        private static final CssMetaData<GanPlaneView, Paint> REAL = meta("-wb-gan-real", v -> v.real, Color.web("#16a34a"));
        private static final CssMetaData<GanPlaneView, Paint> GENERATED = meta("-wb-gan-generated", v -> v.generated, Color.web("#9333ea"));
        private static final CssMetaData<GanPlaneView, Paint> ARROW = meta("-wb-gan-arrow", v -> v.arrow, Color.web("#ea580c"));
        private static final CssMetaData<GanPlaneView, Paint> MESH = meta("-wb-gan-mesh", v -> v.mesh, Color.gray(0.4, 0.7));
        private static final CssMetaData<GanPlaneView, Paint> DRAWN = meta("-wb-gan-drawn", v -> v.drawnPaint, Color.web("#dc2626"));
        private static final List<CssMetaData<? extends Styleable, ?>> ALL;

        static {
            List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
            all.addAll(List.of(TEXT, AXIS, OUTLINE, REAL, GENERATED, ARROW, MESH, DRAWN));
            ALL = Collections.unmodifiableList(all);
        }

        private static CssMetaData<GanPlaneView, Paint> meta(String property,
                                                            Function<GanPlaneView, StyleableObjectProperty<Paint>> field,
                                                            Paint initial) {
            return new CssMetaData<>(property, PaintConverter.getInstance(), initial) {
                @Override
                public boolean isSettable(GanPlaneView view) {
                    return !field.apply(view).isBound();
                }

                @Override
                public StyleableProperty<Paint> getStyleableProperty(GanPlaneView view) {
                    return field.apply(view);
                }
            };
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return Css.ALL;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}
