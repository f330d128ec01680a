package dev.workbench.app.charts;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

import java.util.List;

/**
 * A picture of charts for slides: the plots with their titles and legends, without the buttons
 * around them (Log scale, Iterations/Time), in light colours whatever the screen theme (a dark
 * slide from a dark theme is unreadable on a projector), at {@value #WIDTH} x {@value #HEIGHT}.
 *
 * <p>The charts are lent to a scene of that size for the picture (a stand-in of the same size
 * keeps their place) and given back before the next frame: laid out where they are, the
 * page's layout would size them back to the page before the picture is taken.
 */
public final class ChartPicture {
    /** The style class the picture's node gets while it is taken (charts.css gives it light colours). */
    public static final String STYLE_CLASS = "chart-picture";
    public static final double WIDTH = 1600;
    public static final double HEIGHT = 900;
    /** Text size of the picture: larger than on screen, to be read from the back of a room. */
    static final double FONT_PX = 18;

    private ChartPicture() {
    }

    /** Takes the picture of {@code charts} (a chart, or a pane of them); call on the FX thread. */
    public static WritableImage take(Region charts) {
        return take(charts, WIDTH, HEIGHT);
    }

    public static WritableImage take(Region charts, double width, double height) {
        List<CanvasChart> all = chartsIn(charts);
        Scene home = charts.getScene();
        Region standIn = new Region();
        standIn.setPrefSize(charts.getWidth(), charts.getHeight());
        Runnable giveBack = lend(charts, standIn);
        StackPane stage = new StackPane();
        stage.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.0fpx;", FONT_PX));
        all.forEach(chart -> chart.setHeaderControlsShown(false));
        charts.getStyleClass().add(STYLE_CLASS);
        try {
            stage.getChildren().add(charts);
            Scene scene = new Scene(stage, width, height, Color.WHITE);
            if (home != null) {
                scene.getStylesheets().setAll(home.getStylesheets());
            }
            stage.applyCss();
            stage.layout();
            all.forEach(CanvasChart::redraw);
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.WHITE);
            return stage.snapshot(parameters, new WritableImage((int) Math.round(width), (int) Math.round(height)));
        } finally {
            stage.getChildren().clear();
            charts.getStyleClass().remove(STYLE_CLASS);
            all.forEach(chart -> chart.setHeaderControlsShown(true));
            giveBack.run();
        }
    }

    /** Takes {@code node} out of its parent, {@code standIn} in its place; returns how to put it back. */
    private static Runnable lend(Node node, Region standIn) {
        // A ScrollPane's content or a SplitPane's item sits in panes of the control's skin: ask
        // the control itself, never the skin's panes.
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll && scroll.getContent() == node) {
                scroll.setContent(standIn);
                return () -> scroll.setContent(node);
            }
            if (p instanceof SplitPane split && split.getItems().contains(node)) {
                int index = split.getItems().indexOf(node);
                double[] dividers = split.getDividerPositions();
                split.getItems().set(index, standIn);
                return () -> {
                    split.getItems().set(split.getItems().indexOf(standIn), node);
                    split.setDividerPositions(dividers);
                };
            }
        }
        if (node.getParent() instanceof Pane pane) {
            int index = pane.getChildren().indexOf(node);
            pane.getChildren().set(index, standIn);
            return () -> pane.getChildren().set(pane.getChildren().indexOf(standIn), node);
        }
        return () -> {
        };
    }

    private static List<CanvasChart> chartsIn(Node node) {
        if (node instanceof CanvasChart chart) {
            return List.of(chart);
        }
        return node.lookupAll("." + CanvasChart.STYLE_CLASS).stream()
                .filter(CanvasChart.class::isInstance).map(CanvasChart.class::cast).toList();
    }
}
