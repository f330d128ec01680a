package dev.workbench.app.resnet;

import dev.workbench.lessons.resnet.LandscapeSlice;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The loss around the trained weights of a plain and a residual network side by side. A slice
 * computed for the current run goes to the side of its variant and stays there when the next run
 * starts, so training one of each fills both. Computing shows progress and can be cancelled.
 */
final class LandscapeView extends BorderPane {
    static final String ID = "resnet-landscape";
    static final String COMPUTE_ID = "resnet-landscape-compute";
    static final String CANCEL_ID = "resnet-landscape-cancel";
    static final String STATUS_ID = "resnet-landscape-status";
    static final String STYLE_CLASS = "resnet-landscape";

    private final Side plain = new Side("Plain network");
    private final Side residual = new Side("Residual network");
    private final Button compute = new Button("Compute slice for this run");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label("Train a network, then compute its slice. "
            + "Train the plain and the residual variant to compare them side by side.");
    private final Label scale = new Label();

    /** One half: title, map, caption. */
    private static final class Side {
        final Label title;
        final SliceMapView map = new SliceMapView();
        final Label caption = new Label("Not computed yet.");
        final VBox box;
        LandscapeSlice slice;
        long iteration;

        Side(String name) {
            title = new Label(name);
            title.getStyleClass().add("resnet-slice-title");
            caption.getStyleClass().add("resnet-summary");
            caption.setWrapText(true);
            box = new VBox(title, map, caption);
            box.getStyleClass().add("resnet-slice");
            VBox.setVgrow(map, Priority.ALWAYS);
        }
    }

    LandscapeView() {
        setId(ID);
        getStyleClass().add(STYLE_CLASS);
        compute.setId(COMPUTE_ID);
        compute.setDefaultButton(false);
        cancel.setId(CANCEL_ID);
        cancel.setDisable(true);
        progress.setVisible(false);
        progress.setPrefWidth(220);
        status.setId(STATUS_ID);
        status.setWrapText(true);
        status.getStyleClass().add("resnet-summary");
        HBox bar = new HBox(compute, cancel, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("resnet-landscape-bar");
        Label explain = new Label("The training loss at θ + a·d₁ + b·d₂ for a, b from −1 to 1 (25 × 25 points, "
                + LandscapeSlice.EVALUATION_POINTS + " training examples): d₁ and d₂ are random directions, each filter "
                + "scaled to the length of the same filter in the trained weights (Li et al. 2018). The cross is the "
                + "trained network; dark is low loss, light is high, one contour line per colour step.");
        explain.setWrapText(true);
        explain.getStyleClass().add("resnet-summary");
        VBox top = new VBox(explain, bar, status);
        top.getStyleClass().add("resnet-landscape-top");
        setTop(top);
        GridPane sides = new GridPane();
        sides.getStyleClass().add("resnet-slices");
        sides.add(plain.box, 0, 0);
        sides.add(residual.box, 1, 0);
        for (int i = 0; i < 2; i++) {
            javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            sides.getColumnConstraints().add(c);
        }
        javafx.scene.layout.RowConstraints r = new javafx.scene.layout.RowConstraints();
        r.setVgrow(Priority.ALWAYS);
        sides.getRowConstraints().add(r);
        setCenter(sides);
        scale.getStyleClass().add("resnet-summary");
        setBottom(scale);
    }

    void setOnCompute(Runnable action) {
        compute.setOnAction(e -> action.run());
    }

    void setOnCancel(Runnable action) {
        cancel.setOnAction(e -> action.run());
    }

    void computing(String network) {
        compute.setDisable(true);
        cancel.setDisable(false);
        progress.setProgress(0);
        progress.setVisible(true);
        status.setText("Computing the slice of the " + network + " network: training waits meanwhile.");
    }

    void progress(int done, int total) {
        progress.setProgress((double) done / total);
        status.setText(String.format(Locale.ROOT, "Computing: %d of %d points.", done, total));
    }

    void done(String message) {
        compute.setDisable(false);
        cancel.setDisable(true);
        progress.setVisible(false);
        status.setText(message);
    }

    void show(LandscapeSlice slice, boolean isResidual, long iteration, double seconds) {
        Side side = isResidual ? residual : plain;
        side.slice = slice;
        side.iteration = iteration;
        side.caption.setText(String.format(Locale.ROOT, "%s after %,d updates: loss %.3f at the centre, %.3f on "
                + "average at the edges.", slice.network(), iteration, slice.centreLoss(), slice.borderMean()));
        redraw();
        done(String.format(Locale.ROOT, "Slice of the %s network computed in %.1f s.", slice.network(), seconds));
    }

    /** Both maps on one colour scale, from the lowest loss in either to the highest. */
    private void redraw() {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Side side : new Side[]{plain, residual}) {
            if (side.slice != null) {
                for (double v : side.slice.grid().values()) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        for (Side side : new Side[]{plain, residual}) {
            if (side.slice != null) {
                side.map.show(side.slice.grid(), low, high);
            }
        }
        scale.setText(String.format(Locale.ROOT, "Colour scale (log, shared by both maps): %.3g (darkest) to %.3g "
                + "(lightest).", low, high));
    }

    SliceMapView map(boolean isResidual) {
        return (isResidual ? residual : plain).map;
    }

    Label status() {
        return status;
    }
}
