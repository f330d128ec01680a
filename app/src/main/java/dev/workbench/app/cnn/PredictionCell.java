package dev.workbench.app.cnn;

import dev.workbench.app.charts.ChartFormat;
import dev.workbench.lessons.insight.Prediction;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

import java.util.List;

/** One test image in the prediction grid; reused from refresh to refresh so only its content changes. */
final class PredictionCell extends VBox {
    private static final double IMAGE_SIZE = 72;

    private final ImageView image = new ImageView();
    private final Label truth = new Label();
    private final Label predicted = new Label();
    private final Label confidence = new Label();
    private String tip = "";
    private int testIndex = -1;

    PredictionCell() {
        image.setSmooth(false);
        image.setPreserveRatio(true);
        image.setFitWidth(IMAGE_SIZE);
        truth.getStyleClass().add(PredictionGrid.TRUE_LABEL_CLASS);
        predicted.getStyleClass().add(PredictionGrid.PREDICTED_LABEL_CLASS);
        confidence.getStyleClass().add(PredictionGrid.CONFIDENCE_CLASS);
        setAlignment(Pos.TOP_CENTER);
        getStyleClass().add(PredictionGrid.CELL_CLASS);
        getChildren().addAll(image, truth, predicted, confidence);
        LazyTooltip.install(this, () -> tip);
    }

    int testIndex() {
        return testIndex;
    }

    void show(Prediction prediction, List<String> classNames) {
        testIndex = prediction.index();
        image.setImage(ImageRendering.grayscale(prediction.image(), false));
        String trueName = classNames.get(prediction.trueLabel());
        String predictedName = classNames.get(prediction.predictedLabel());
        truth.setText(trueName);
        predicted.setText((prediction.correct() ? "✓ " : "✗ ") + predictedName);
        confidence.setText(ChartFormat.percent(Math.round(prediction.confidence() * 100) / 100.0) + " sure");
        getStyleClass().removeAll(PredictionGrid.RIGHT_CLASS, PredictionGrid.WRONG_CLASS);
        getStyleClass().add(prediction.correct() ? PredictionGrid.RIGHT_CLASS : PredictionGrid.WRONG_CLASS);
        tip = ("Test image #" + prediction.index() + "\ntrue: " + trueName + "\npredicted: " + predictedName
                + " (" + ChartFormat.percent(prediction.confidence()) + ")\nClick to see its feature maps");
    }

    void markSelected(boolean selected) {
        getStyleClass().remove(PredictionGrid.SELECTED_CLASS);
        if (selected) {
            getStyleClass().add(PredictionGrid.SELECTED_CLASS);
        }
    }
}
