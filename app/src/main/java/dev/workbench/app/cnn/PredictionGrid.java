package dev.workbench.app.cnn;

import atlantafx.base.theme.Styles;
import dev.workbench.lessons.insight.Prediction;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * Test images with their true and predicted class and the network's confidence; wrong
 * predictions are marked. Clicking an image selects it (for the feature maps).
 */
public final class PredictionGrid extends VBox {
    public static final String STYLE_CLASS = "prediction-grid";
    public static final String CELL_CLASS = "prediction-cell";
    public static final String WRONG_CLASS = "prediction-wrong";
    public static final String RIGHT_CLASS = "prediction-right";
    public static final String SELECTED_CLASS = "prediction-selected";
    public static final String TRUE_LABEL_CLASS = "prediction-true";
    public static final String PREDICTED_LABEL_CLASS = "prediction-predicted";
    public static final String CONFIDENCE_CLASS = "prediction-confidence";
    public static final String CAPTION_ID = "prediction-caption";
    public static final String SHOW_SAMPLE_ID = "show-sample";
    public static final String REFRESH_ID = "cnn-refresh";

    private final FlowPane cells = new FlowPane();
    private final Label caption = new Label("Predictions appear when the model is ready");
    private final Button showSample = new Button("Show sample");
    private final Button refresh = new Button("Refresh");
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper(this, "shown");
    private IntConsumer onSelect = index -> {
    };
    private int selectedIndex = -1;

    public PredictionGrid() {
        getStyleClass().add(STYLE_CLASS);
        Label title = new Label("Test images");
        title.getStyleClass().addAll(Styles.TITLE_4, "part-title");
        caption.setId(CAPTION_ID);
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        caption.setWrapText(true);
        showSample.setId(SHOW_SAMPLE_ID);
        showSample.getStyleClass().add(Styles.SMALL);
        showSample.managedProperty().bind(showSample.visibleProperty());
        showSample.setVisible(false);
        refresh.setId(REFRESH_ID);
        refresh.getStyleClass().add(Styles.SMALL);
        refresh.setTooltip(new Tooltip("Ask the model again now"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, showSample, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("part-header");
        cells.getStyleClass().add("prediction-cells");
        ScrollPane scroll = new ScrollPane(cells);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("prediction-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, caption, scroll);
    }

    public void setOnSelect(IntConsumer onSelect) {
        this.onSelect = onSelect;
    }

    public void setOnShowSample(Runnable action) {
        showSample.setOnAction(e -> action.run());
    }

    public void setOnRefresh(Runnable action) {
        refresh.setOnAction(e -> action.run());
    }

    /** Number of images shown. */
    public ReadOnlyIntegerProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Shows predictions; {@code title} explains which images they are. Cells are reused. */
    public void show(List<Prediction> predictions, String title, boolean filtered, List<String> classNames) {
        while (cells.getChildren().size() > predictions.size()) {
            cells.getChildren().remove(cells.getChildren().size() - 1);
        }
        while (cells.getChildren().size() < predictions.size()) {
            PredictionCell cell = new PredictionCell();
            cell.setOnMouseClicked(e -> {
                select(cell.testIndex());
                onSelect.accept(cell.testIndex());
            });
            cells.getChildren().add(cell);
        }
        for (int i = 0; i < predictions.size(); i++) {
            ((PredictionCell) cells.getChildren().get(i)).show(predictions.get(i), classNames);
        }
        long right = predictions.stream().filter(Prediction::correct).count();
        caption.setText(filtered || predictions.isEmpty() ? title
                : title + " — " + right + " of " + predictions.size() + " right");
        showSample.setVisible(filtered);
        shown.set(predictions.size());
        markSelection();
    }

    public void select(int testIndex) {
        selectedIndex = testIndex;
        markSelection();
    }

    private void markSelection() {
        for (var node : cells.getChildren()) {
            PredictionCell cell = (PredictionCell) node;
            cell.markSelected(cell.testIndex() == selectedIndex);
        }
    }
}
