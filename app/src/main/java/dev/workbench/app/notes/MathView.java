package dev.workbench.app.notes;

import javafx.css.CssMetaData;
import javafx.css.FontCssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One TeX formula among the notes' text. Its size and colour come from CSS like a text's
 * ({@code -fx-font-size}, {@code -fx-fill}), so it follows the theme and the app's text zoom; it
 * is drawn again whenever they change. Inside a {@code TextFlow} its baseline sits on the line's.
 * A formula that does not parse shows as its TeX source, marked, with the reason as tooltip.
 */
final class MathView extends Region {
    static final String STYLE_CLASS = "md-math";
    static final String ERROR_CLASS = "md-math-error";
    /** Image pixels per shown pixel: sharp on a 2x screen, and smoothly scaled down on a 1x one. */
    static final double RENDER_SCALE = 2;

    private static final FontCssMetaData<MathView> FONT = new FontCssMetaData<>("-fx-font", Font.getDefault()) {
        @Override
        public boolean isSettable(MathView view) {
            return !view.font.isBound();
        }

        @Override
        public StyleableProperty<Font> getStyleableProperty(MathView view) {
            return view.font;
        }
    };
    private static final CssMetaData<MathView, Paint> FILL =
            new CssMetaData<>("-fx-fill", StyleConverter.getPaintConverter(), Color.BLACK) {
                @Override
                public boolean isSettable(MathView view) {
                    return !view.fill.isBound();
                }

                @Override
                public StyleableProperty<Paint> getStyleableProperty(MathView view) {
                    return view.fill;
                }
            };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        all.add(FONT);
        all.add(FILL);
        CSS_META_DATA = Collections.unmodifiableList(all);
    }

    private final StyleableObjectProperty<Font> font = new SimpleStyleableObjectProperty<>(FONT, this, "font", Font.getDefault());
    private final StyleableObjectProperty<Paint> fill = new SimpleStyleableObjectProperty<>(FILL, this, "fill", Color.BLACK);
    private final String tex;
    private final MathFormula formula;
    private final MathFormula.Style style;
    private final ImageView image = new ImageView();
    private MathFormula.Picture picture;
    /** Font or colour changed since the picture was drawn; it is drawn again when next measured. */
    private boolean stale = true;

    MathView(String tex, MathFormula.Style style) {
        this.tex = tex;
        this.style = style;
        getStyleClass().add(STYLE_CLASS);
        MathFormula parsed;
        try {
            parsed = MathFormula.parse(tex);
        } catch (MathFormula.SyntaxException e) {
            parsed = null;
            showSource(e.getMessage());
        }
        formula = parsed;
        if (formula != null) {
            image.setSmooth(true);
            getChildren().add(image);
            font.addListener(obs -> invalidate());
            fill.addListener(obs -> invalidate());
        }
    }

    /** The TeX source of this formula. */
    String tex() {
        return tex;
    }

    /** Whether the formula parsed and is shown drawn (not as its source). */
    boolean isDrawn() {
        return formula != null;
    }

    /** The picture on show, or null when the formula did not parse. */
    MathFormula.Picture picture() {
        return current();
    }

    private void invalidate() {
        stale = true;
        requestLayout();
    }

    /** The picture for the current font and colour (drawn once per change, not once per property). */
    private MathFormula.Picture current() {
        if (formula != null && stale) {
            stale = false;
            draw();
        }
        return picture;
    }

    private void draw() {
        Paint paint = fill.get();
        Color colour = paint instanceof Color c ? c : Color.BLACK;
        picture = formula.draw(style, font.get().getSize(), colour, RENDER_SCALE);
        image.setImage(picture.image());
        image.setFitWidth(picture.width());
        image.setFitHeight(picture.height());
    }

    private void showSource(String problem) {
        getStyleClass().add(ERROR_CLASS);
        Text source = new Text(tex);
        source.getStyleClass().add(ERROR_CLASS);
        source.fontProperty().bind(font);
        source.setTextOrigin(javafx.geometry.VPos.TOP);
        getChildren().add(source);
        Tooltip.install(this, new Tooltip("This formula has a mistake: " + problem));
    }

    @Override
    protected double computePrefWidth(double height) {
        return current() == null ? super.computePrefWidth(height) : snapSizeX(picture.width());
    }

    @Override
    protected double computePrefHeight(double width) {
        return current() == null ? super.computePrefHeight(width) : snapSizeY(picture.height());
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMaxWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    public double getBaselineOffset() {
        return current() == null ? super.getBaselineOffset() : picture.baseline();
    }

    @Override
    protected void layoutChildren() {
        if (current() == null) {
            super.layoutChildren();
        } else {
            image.relocate(0, 0);
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}
