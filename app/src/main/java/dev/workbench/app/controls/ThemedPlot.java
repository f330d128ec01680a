package dev.workbench.app.controls;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;

/**
 * A canvas plot that takes its font and colours from hidden labels styled by the theme's CSS (a
 * text class, an axis class and one class per series colour), so what it draws follows the theme
 * and the app's font scale. Subclasses paint; the canvas redraws on resize and restyle.
 */
public abstract class ThemedPlot extends CanvasRegion {
    private final Label text;
    private final Label axis;
    private final List<Label> colours = new ArrayList<>();

    protected ThemedPlot(double prefWidthEm, double prefHeightEm, double minWidthEm, double minHeightEm,
                         String textClass, String axisClass, List<String> colourClasses) {
        super(prefWidthEm, prefHeightEm, minWidthEm, minHeightEm);
        text = hidden(textClass);
        axis = hidden(axisClass);
        colourClasses.forEach(styleClass -> colours.add(hidden(styleClass)));
        List<Label> all = new ArrayList<>(List.of(text, axis));
        all.addAll(colours);
        getChildren().addAll(all);
        for (Label label : all) {
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

    /** The theme's colour for series {@code index} (in the order of the constructor's classes), or the fallback. */
    protected final Color colour(int index, Color fallback) {
        return colours.get(index).getTextFill() instanceof Color c ? c : fallback;
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
    protected final List<String> wrap(String message, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : message.split(" ")) {
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
