package dev.workbench.app.sequences;

import dev.workbench.app.controls.CanvasRegion;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * A canvas that takes its font and colours from hidden labels styled in {@code memory.css} (text,
 * axis and two line colours from the theme), so the drawings follow the theme and the font scale.
 * Subclasses paint; the canvas redraws on resize and restyle.
 */
abstract class SequencePlot extends CanvasRegion {
    static final String PLOT_CLASS = "memory-plot";
    static final String TEXT_CLASS = "memory-plot-text";
    static final String AXIS_CLASS = "memory-plot-axis";
    static final String FIRST_CLASS = "memory-plot-first";
    static final String SECOND_CLASS = "memory-plot-second";

    private final Label text = hidden(TEXT_CLASS);
    private final Label axis = hidden(AXIS_CLASS);
    private final Label first = hidden(FIRST_CLASS);
    private final Label second = hidden(SECOND_CLASS);

    SequencePlot(double prefWidthEm, double prefHeightEm, double minWidthEm, double minHeightEm) {
        super(prefWidthEm, prefHeightEm, minWidthEm, minHeightEm);
        getStyleClass().add(PLOT_CLASS);
        getChildren().addAll(text, axis, first, second);
        for (Label label : List.of(text, axis, first, second)) {
            label.textFillProperty().addListener((obs, old, now) -> redraw());
        }
        text.fontProperty().addListener((obs, old, now) -> {
            requestLayout();
            redraw();
        });
    }

    private static Label hidden(String styleClass) {
        Label label = new Label("0");
        label.getStyleClass().add(styleClass);
        label.setManaged(false);
        label.setVisible(false);
        return label;
    }

    protected final Font font() {
        return text.getFont();
    }

    @Override
    protected final double em() {
        return font().getSize();
    }

    protected final Paint textPaint() {
        return text.getTextFill();
    }

    protected final Paint axisPaint() {
        return axis.getTextFill();
    }

    protected final Color firstColour() {
        return first.getTextFill() instanceof Color c ? c : Color.GRAY;
    }

    protected final Color secondColour() {
        return second.getTextFill() instanceof Color c ? c : Color.DODGERBLUE;
    }

    protected final double textWidth(String s) {
        Text t = new Text(s);
        t.setFont(font());
        return t.getLayoutBounds().getWidth();
    }

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
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        g.setGlobalAlpha(1);
        paint(g, w, h);
    }

    protected abstract void paint(GraphicsContext g, double w, double h);

    protected final void centred(GraphicsContext g, String message, double w, double h) {
        g.setFill(textPaint());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(message, w / 2, h / 2, w);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }
}
