package dev.workbench.app.charts;

import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import java.util.List;

/**
 * A picture of charts for slides: the plots with their titles and legends, without the buttons
 * around them (Log scale, Iterations/Time), in light colours whatever the screen theme (a dark
 * slide from a dark theme is unreadable on a projector), at {@value #WIDTH} x {@value #HEIGHT}.
 * The charts are laid out at that size just for the picture and put back before the next frame.
 */
public final class ChartPicture {
    /** The style class the picture's node gets while it is taken (charts.css gives it light colours). */
    public static final String STYLE_CLASS = "chart-picture";
    public static final double WIDTH = 1600;
    public static final double HEIGHT = 900;

    private ChartPicture() {
    }

    /** Takes the picture of {@code charts} (a chart, or a pane of them); call on the FX thread. */
    public static WritableImage take(Region charts) {
        return take(charts, WIDTH, HEIGHT);
    }

    public static WritableImage take(Region charts, double width, double height) {
        List<CanvasChart> all = chartsIn(charts);
        double oldWidth = charts.getWidth();
        double oldHeight = charts.getHeight();
        all.forEach(chart -> chart.setHeaderControlsShown(false));
        charts.getStyleClass().add(STYLE_CLASS);
        try {
            charts.applyCss();
            charts.resize(width, height);
            charts.layout();
            all.forEach(CanvasChart::redraw);
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.WHITE);
            return charts.snapshot(parameters, new WritableImage((int) Math.round(width), (int) Math.round(height)));
        } finally {
            charts.getStyleClass().remove(STYLE_CLASS);
            all.forEach(chart -> chart.setHeaderControlsShown(true));
            charts.applyCss();
            charts.resize(oldWidth, oldHeight);
            charts.layout();
            all.forEach(CanvasChart::redraw);
            charts.requestLayout();
        }
    }

    private static List<CanvasChart> chartsIn(Node node) {
        if (node instanceof CanvasChart chart) {
            return List.of(chart);
        }
        return node.lookupAll("." + CanvasChart.STYLE_CLASS).stream()
                .filter(CanvasChart.class::isInstance).map(CanvasChart.class::cast).toList();
    }
}
