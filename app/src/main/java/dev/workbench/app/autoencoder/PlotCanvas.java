package dev.workbench.app.autoencoder;

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
 * A canvas that fills its region and takes its font and colours from hidden labels styled in
 * {@code autoencoder.css} (text, axis, normal and anomaly colours from the theme), so the plots follow
 * the theme and the app's font scale. Subclasses paint; the canvas redraws on resize and restyle.
 */
abstract class PlotCanvas extends CanvasRegion {
    static final String TEXT_CLASS = "ae-plot-text";
    static final String AXIS_CLASS = "ae-plot-axis";
    static final String NORMAL_CLASS = "ae-plot-normal";
    static final String ANOMALY_CLASS = "ae-plot-anomaly";
    static final String ACCENT_CLASS = "ae-plot-accent";

    private final Label text = hidden(TEXT_CLASS);
    private final Label axis = hidden(AXIS_CLASS);
    private final Label normal = hidden(NORMAL_CLASS);
    private final Label anomaly = hidden(ANOMALY_CLASS);
    private final Label accent = hidden(ACCENT_CLASS);

    PlotCanvas(String styleClass) {
        super(26, 20, 12, 10);
        getStyleClass().addAll("ae-plot", styleClass);
        getChildren().addAll(text, axis, normal, anomaly, accent);
        for (Label label : List.of(text, axis, normal, anomaly, accent)) {
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

    protected final Color normalColour() {
        return colour(normal.getTextFill(), Color.web("#2563eb"));
    }

    protected final Color anomalyColour() {
        return colour(anomaly.getTextFill(), Color.web("#ea580c"));
    }

    protected final Color accentColour() {
        return colour(accent.getTextFill(), Color.web("#dc2626"));
    }

    private static Color colour(Paint paint, Color fallback) {
        return paint instanceof Color c ? c : fallback;
    }

    protected final double textWidth(String s) {
        Text t = new Text(s);
        t.setFont(font());
        return t.getLayoutBounds().getWidth();
    }

    /** Draws the current content at the current size; call on the FX thread. */
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

    /** The text broken at spaces into lines no wider than width (a single word wider than it keeps its own line). */
    protected final List<String> wrap(String text, double width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && textWidth(longer) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
