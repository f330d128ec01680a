package dev.workbench.app.probes;

import dev.workbench.app.controls.CanvasRegion;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.PaintConverter;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * What the canvas-drawn probe views share: a canvas filling the region ({@link dev.workbench.app.controls.CanvasRegion}), colours from CSS
 * ({@code -wb-probe-text}, {@code -wb-probe-axis}, {@code -wb-probe-grid}, {@code -wb-probe-outline},
 * {@code -wb-probe-group-1..5}, set from the theme's looked-up colours in {@code probes.css}), and a
 * font taken from a hidden label styled in em, so drawings and preferred sizes grow with the app's
 * font scale. A view redraws when it receives a record or changes size, never on a timer.
 */
public abstract sealed class ProbeCanvas extends CanvasRegion implements ProbeWidget
        permits BarsView, HeatRowView, ImageGridView, PlaneView {
    public static final String STYLE_CLASS = "probe-canvas";
    public static final String AXIS_LABEL_CLASS = "probe-axis-label";
    /** Group colours the themes define; groups beyond them reuse them in turn. */
    public static final int GROUP_COLOURS = 5;
    static final String WAITING = "Waiting for the first sample";

    private final Label fontSource = new Label("0");
    private final List<StyleableObjectProperty<Paint>> groupPaints = new ArrayList<>();

    protected ProbeCanvas() {
        super(28, 15, 14, 8);
        getStyleClass().add(STYLE_CLASS);
        fontSource.getStyleClass().add(AXIS_LABEL_CLASS);
        fontSource.setManaged(false);
        fontSource.setVisible(false);
        for (int i = 0; i < GROUP_COLOURS; i++) {
            StyleableObjectProperty<Paint> paint = new SimpleStyleableObjectProperty<>(
                    Css.GROUPS.get(i), this, "group" + (i + 1), Css.GROUP_DEFAULTS.get(i));
            paint.addListener((obs, old, now) -> redraw());
            groupPaints.add(paint);
        }
        for (StyleableObjectProperty<Paint> paint : List.of(textPaint, axisPaint, gridPaint, outlinePaint)) {
            paint.addListener((obs, old, now) -> redraw());
        }
        fontSource.fontProperty().addListener((obs, old, now) -> {
            requestLayout();
            redraw();
        });
        getChildren().add(fontSource);
    }

    @Override
    public final Node node() {
        return this;
    }

    /** Draws the current content at the current size. Call on the FX thread. */
    @Override
    protected final void redraw() {
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        GraphicsContext g = canvas().getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w < 2 * em() || h < 2 * em()) {
            return;
        }
        g.setFont(font());
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setGlobalAlpha(1);
        if (isEmpty()) {
            drawCentred(g, WAITING, w, h);
        } else {
            paint(g, w, h);
        }
    }

    /** Draws the content into a canvas {@code w x h}; the font and a cleared canvas are set up. */
    protected abstract void paint(GraphicsContext g, double w, double h);

    /** Preferred height in em for the current content (width is about 28 em). */
    @Override
    protected double prefHeightEm() {
        return 15;
    }

    /** The font for text on the canvas (the axis label style, in em). */
    protected final Font font() {
        return fontSource.getFont();
    }

    /** The size of the canvas font in pixels: the unit for gaps and sizes. */
    @Override
    protected final double em() {
        return font().getSize();
    }

    protected final double lineHeight() {
        return textHeight(font());
    }

    protected final double textWidth(String s) {
        Text text = new Text(s);
        text.setFont(font());
        return text.getLayoutBounds().getWidth();
    }

    protected final Paint textPaint() {
        return textPaint.get();
    }

    protected final Paint axisPaint() {
        return axisPaint.get();
    }

    protected final Paint gridPaint() {
        return gridPaint.get();
    }

    /** A colour that contrasts with the foreground (the card's background), for outlines. */
    protected final Paint outlinePaint() {
        return outlinePaint.get();
    }

    /** The colour of group {@code index} (0-based; wraps around). */
    public final Paint groupPaint(int index) {
        return groupPaints.get(Math.floorMod(index, GROUP_COLOURS)).get();
    }

    protected final void drawCentred(GraphicsContext g, String text, double w, double h) {
        g.setFill(textPaint());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, w / 2, h / 2, w);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }






    private static double textHeight(Font font) {
        Text text = new Text("0");
        text.setFont(font);
        return text.getLayoutBounds().getHeight();
    }

    // ---- CSS ------------------------------------------------------------------------------

    private final StyleableObjectProperty<Paint> textPaint =
            new SimpleStyleableObjectProperty<>(Css.TEXT, this, "textPaint", Css.TEXT.getInitialValue(this));
    private final StyleableObjectProperty<Paint> axisPaint =
            new SimpleStyleableObjectProperty<>(Css.AXIS, this, "axisPaint", Css.AXIS.getInitialValue(this));
    private final StyleableObjectProperty<Paint> gridPaint =
            new SimpleStyleableObjectProperty<>(Css.GRID, this, "gridPaint", Css.GRID.getInitialValue(this));
    private final StyleableObjectProperty<Paint> outlinePaint =
            new SimpleStyleableObjectProperty<>(Css.OUTLINE, this, "outlinePaint", Css.OUTLINE.getInitialValue(this));

    private static final class Css {
        private static final List<Paint> GROUP_DEFAULTS = List.of(Color.web("#2563eb"), Color.web("#ea580c"),
                Color.web("#16a34a"), Color.web("#9333ea"), Color.web("#0891b2"));
        private static final CssMetaData<ProbeCanvas, Paint> TEXT = paint("-wb-probe-text", c -> c.textPaint, Color.gray(0.35));
        private static final CssMetaData<ProbeCanvas, Paint> AXIS = paint("-wb-probe-axis", c -> c.axisPaint, Color.gray(0.5));
        private static final CssMetaData<ProbeCanvas, Paint> GRID = paint("-wb-probe-grid", c -> c.gridPaint, Color.gray(0.5, 0.25));
        private static final CssMetaData<ProbeCanvas, Paint> OUTLINE = paint("-wb-probe-outline", c -> c.outlinePaint, Color.WHITE);
        private static final List<CssMetaData<ProbeCanvas, Paint>> GROUPS = List.of(group(0), group(1), group(2), group(3), group(4));
        private static final List<CssMetaData<? extends Styleable, ?>> ALL;

        static {
            List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
            all.addAll(List.of(TEXT, AXIS, GRID, OUTLINE));
            all.addAll(GROUPS);
            ALL = Collections.unmodifiableList(all);
        }

        private static CssMetaData<ProbeCanvas, Paint> group(int i) {
            return paint("-wb-probe-group-" + (i + 1), c -> c.groupPaints.get(i), GROUP_DEFAULTS.get(i));
        }

        private static CssMetaData<ProbeCanvas, Paint> paint(String property,
                                                            Function<ProbeCanvas, StyleableObjectProperty<Paint>> field,
                                                            Paint initial) {
            return new CssMetaData<>(property, PaintConverter.getInstance(), initial) {
                @Override
                public boolean isSettable(ProbeCanvas view) {
                    return !field.apply(view).isBound();
                }

                @Override
                public StyleableProperty<Paint> getStyleableProperty(ProbeCanvas view) {
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
