package dev.workbench.app.sequences;

import dev.workbench.lessons.insight.CellInterior;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * "Inside the cell": the window the first recurrent layer read, and under it on the same time axis
 * its hidden state and, for an LSTM, its gates, candidate values and cell state, each with one line
 * saying what it is. A slider and a spinner pick the window; the maps come from a
 * {@link CellInterior} recomputed from the layer's weights on the training thread.
 */
final class CellInteriorPane extends BorderPane {
    static final String WINDOW_ID = "cell-window";
    static final String SLIDER_ID = "cell-window-slider";
    static final String SUMMARY_ID = "cell-summary";
    static final String CONTENT_CLASS = "cell-content";
    static final String CONTROLS_CLASS = "cell-controls";
    static final String TITLE_CLASS = "cell-map-title";
    static final String SUMMARY_CLASS = "cell-summary";
    /** Keeps a few maps in view at large text, where the page scrolls around the tab instead. */
    static final String SCROLL_CLASS = "cell-scroll";
    static final String WAITING = "Train or step once to look inside the cell.";

    private final IntegerProperty window = new SimpleIntegerProperty(this, "window");
    private final Slider slider = new Slider(0, 1, 0);
    private final Spinner<Integer> spinner = new Spinner<>();
    private final SpinnerValueFactory.IntegerSpinnerValueFactory spinnerValues =
            new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 1, 1);
    private final Label summary = new Label(WAITING);
    private final VBox maps = new VBox();
    private final InputStripView input = new InputStripView();
    private final List<CellMapView> views = new ArrayList<>();
    private boolean syncing;

    CellInteriorPane() {
        getStyleClass().add(CONTENT_CLASS);
        slider.setId(SLIDER_ID);
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setSnapToTicks(true);
        slider.setTooltip(new Tooltip("Pick the window to look inside"));
        HBox.setHgrow(slider, Priority.ALWAYS);
        spinner.setId(WINDOW_ID);
        spinner.setValueFactory(spinnerValues);
        spinner.setEditable(true);
        spinner.setPrefWidth(Region.USE_COMPUTED_SIZE);
        spinner.getEditor().setPrefColumnCount(5);
        slider.valueProperty().addListener((obs, old, now) -> sync(() -> window.set((int) Math.round(now.doubleValue()))));
        spinnerValues.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                sync(() -> window.set(now - 1));
            }
        });
        window.addListener((obs, old, now) -> sync(() -> {
            slider.setValue(now.intValue());
            spinnerValues.setValue(now.intValue() + 1);
        }));
        Label pick = new Label("Window");
        pick.setMinWidth(Region.USE_PREF_SIZE);
        HBox controls = new HBox(pick, spinner, slider);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add(CONTROLS_CLASS);
        summary.setId(SUMMARY_ID);
        summary.getStyleClass().add(SUMMARY_CLASS);
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        VBox top = new VBox(controls, summary);
        top.getStyleClass().add(CONTROLS_CLASS);
        setTop(top);
        maps.getStyleClass().add(CONTENT_CLASS);
        ScrollPane scroll = new ScrollPane(maps);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(SCROLL_CLASS);
        setCenter(scroll);
    }

    private void sync(Runnable change) {
        if (!syncing) {
            syncing = true;
            try {
                change.run();
            } finally {
                syncing = false;
            }
        }
    }

    /** The chosen window, 0-based. */
    IntegerProperty windowProperty() {
        return window;
    }

    void clear() {
        maps.getChildren().clear();
        views.clear();
        summary.setText(WAITING);
    }

    void show(CellInterior interior) {
        int last = Math.max(0, interior.windows() - 1);
        sync(() -> {
            slider.setMax(Math.max(1, last));
            slider.setDisable(last == 0);
            spinnerValues.setMax(last + 1);
            window.set(interior.window());
            slider.setValue(interior.window());
            spinnerValues.setValue(interior.window() + 1);
        });
        summary.setText(describe(interior));
        List<MapRow> rows = rows(interior);
        if (maps.getChildren().size() != rows.size() + 1) {
            maps.getChildren().clear();
            views.clear();
            maps.getChildren().add(titled(input, "The window it reads, oldest step on the left: "
                    + (interior.input().length == 1 ? "the scaled series." : "one row per input symbol, lit where it appears.")));
            for (MapRow row : rows) {
                CellMapView view = new CellMapView();
                views.add(view);
                maps.getChildren().add(titled(view, row.title()));
            }
        }
        input.show(interior.input());
        for (int i = 0; i < rows.size(); i++) {
            MapRow row = rows.get(i);
            views.get(i).show(row.values(), row.low(), row.high());
        }
    }

    private static String describe(CellInterior interior) {
        String cell = interior.gated() ? "LSTM" : "plain RNN";
        return cell + ", recurrent layer " + interior.layer() + ": " + interior.units() + " units (rows) over "
                + interior.steps() + " steps (columns), window " + (interior.window() + 1) + " of " + interior.windows()
                + ". Recomputed step by step from the layer's own weights."
                + (interior.gated() ? "" : " A plain RNN has no gates: h_t = tanh(W x_t + R h_t-1 + b) is all it keeps.");
    }

    private record MapRow(String title, double[][] values, double low, double high) {
    }

    private static List<MapRow> rows(CellInterior interior) {
        List<MapRow> rows = new ArrayList<>();
        if (interior.gated()) {
            rows.add(new MapRow("Forget gate f_t: how much of the cell state is kept from the step before (1 keeps all).",
                    interior.forget(), 0, 1));
            rows.add(new MapRow("Input gate i_t: how much of the candidate is written into the cell state (0 shut, 1 open).",
                    interior.inputGate(), 0, 1));
            rows.add(new MapRow("Candidate g_t: the new values offered to the cell state (-1 to 1).",
                    interior.candidate(), -1, 1));
            double[][] state = interior.state();
            double reach = Math.max(1, maxAbs(state));
            rows.add(new MapRow("Cell state c_t = f_t c_t-1 + i_t g_t: the memory track, only scaled and added to.",
                    state, -reach, reach));
            rows.add(new MapRow("Output gate o_t: how much of tanh(c_t) is shown as the hidden state (0 hides, 1 shows).",
                    interior.output(), 0, 1));
        }
        rows.add(new MapRow("Hidden state h_t" + (interior.gated() ? " = o_t tanh(c_t)" : " = tanh(W x_t + R h_t-1 + b)")
                + ": what the cell passes to the next step; the last column feeds the output.", interior.hidden(), -1, 1));
        return rows;
    }

    private static double maxAbs(double[][] map) {
        double m = 0;
        for (double[] row : map) {
            for (double v : row) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return Math.ceil(m);
    }

    private static VBox titled(javafx.scene.Node view, String text) {
        Label title = new Label(text);
        title.getStyleClass().add(TITLE_CLASS);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(title, view);
        box.getStyleClass().add("cell-map");
        return box;
    }
}
