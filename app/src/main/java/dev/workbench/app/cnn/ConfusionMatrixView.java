package dev.workbench.app.cnn;

import atlantafx.base.theme.Styles;
import dev.workbench.app.charts.ChartFormat;
import dev.workbench.lessons.insight.ConfusionMatrix;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The confusion matrix as a heat map: rows are true classes, columns predictions, each cell
 * shaded by its share of the row (diagonal: right, elsewhere: mistakes). Clicking a cell shows
 * its images in the prediction grid.
 */
public final class ConfusionMatrixView extends VBox {
    public static final String STYLE_CLASS = "confusion-matrix";
    public static final String CELL_CLASS = "cm-cell";
    public static final String FILL_CLASS = "cm-fill";
    public static final String FILL_RIGHT_CLASS = "cm-fill-right";
    public static final String FILL_WRONG_CLASS = "cm-fill-wrong";
    public static final String COUNT_CLASS = "cm-count";
    public static final String STRONG_CLASS = "cm-strong";
    public static final String SELECTED_CLASS = "cm-selected";
    public static final String ROW_LABEL_CLASS = "cm-row-label";
    public static final String COLUMN_LABEL_CLASS = "cm-column-label";
    public static final String AXIS_CLASS = "cm-axis";
    public static final String SUMMARY_ID = "confusion-summary";

    private final GridPane grid = new GridPane();
    private final Label summary = new Label("The confusion matrix appears when the model is ready");
    private BiConsumer<Integer, Integer> onCellSelected = (t, p) -> {
    };
    private List<String> classNames = List.of();
    private Cell[][] cells = new Cell[0][0];
    private int selectedTrue = -1;
    private int selectedPredicted = -1;

    public ConfusionMatrixView() {
        getStyleClass().add(STYLE_CLASS);
        Label title = new Label("Confusion matrix");
        title.getStyleClass().addAll(Styles.TITLE_4, "part-title");
        summary.setId(SUMMARY_ID);
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setWrapText(true);
        grid.getStyleClass().add("cm-grid");
        getChildren().addAll(title, summary, grid);
    }

    public void setOnCellSelected(BiConsumer<Integer, Integer> handler) {
        this.onCellSelected = handler;
    }

    public void clearSelection() {
        selectedTrue = -1;
        selectedPredicted = -1;
        for (Cell[] row : cells) {
            for (Cell cell : row) {
                cell.getStyleClass().remove(SELECTED_CLASS);
            }
        }
    }

    /** Shows new counts; the grid is built once per set of classes and then only updated. */
    public void show(ConfusionMatrix matrix) {
        int n = matrix.classNames().size();
        if (!matrix.classNames().equals(classNames)) {
            build(matrix.classNames());
        }
        summary.setText("Test accuracy " + ChartFormat.percent(matrix.accuracy()) + " on "
                + ChartFormat.whole(matrix.total()) + " images. Rows: true class, columns: prediction. Click a cell.");
        for (int t = 0; t < n; t++) {
            int rowTotal = 0;
            for (int p = 0; p < n; p++) {
                rowTotal += matrix.count(t, p);
            }
            for (int p = 0; p < n; p++) {
                cells[t][p].show(matrix.count(t, p), rowTotal);
            }
        }
    }

    /** The count shown in a cell (tests read it). */
    public String cellText(int trueLabel, int predictedLabel) {
        return cells[trueLabel][predictedLabel].number.getText();
    }

    private void build(List<String> names) {
        classNames = List.copyOf(names);
        int n = names.size();
        grid.getChildren().clear();
        cells = new Cell[n][n];
        Label predictedAxis = new Label("predicted class →");
        predictedAxis.getStyleClass().add(AXIS_CLASS);
        grid.add(predictedAxis, 1, 0, n, 1);
        GridPane.setHalignment(predictedAxis, javafx.geometry.HPos.CENTER);
        for (int p = 0; p < n; p++) {
            Label column = new Label(names.get(p));
            column.getStyleClass().add(COLUMN_LABEL_CLASS);
            column.setRotate(-60);
            StackPane holder = new StackPane(new Group(column));
            holder.setAlignment(Pos.BOTTOM_CENTER);
            grid.add(holder, p + 1, 1);
        }
        for (int t = 0; t < n; t++) {
            Label row = new Label(names.get(t));
            row.getStyleClass().add(ROW_LABEL_CLASS);
            row.setMaxWidth(Double.MAX_VALUE);
            row.setMinWidth(Region.USE_PREF_SIZE);
            row.setAlignment(Pos.CENTER_RIGHT);
            grid.add(row, 0, t + 2);
            for (int p = 0; p < n; p++) {
                Cell cell = new Cell(t, p);
                cells[t][p] = cell;
                grid.add(cell, p + 1, t + 2);
            }
        }
    }

    /** One (true, predicted) cell: a shaded fill under the count. */
    private final class Cell extends StackPane {
        private final int trueLabel;
        private final int predictedLabel;
        private final Region fill = new Region();
        private final Label number = new Label();
        private String tip = "";

        Cell(int trueLabel, int predictedLabel) {
            this.trueLabel = trueLabel;
            this.predictedLabel = predictedLabel;
            fill.getStyleClass().addAll(FILL_CLASS, trueLabel == predictedLabel ? FILL_RIGHT_CLASS : FILL_WRONG_CLASS);
            number.getStyleClass().add(COUNT_CLASS);
            getChildren().addAll(fill, number);
            getStyleClass().add(CELL_CLASS);
            setId("cm-" + trueLabel + "-" + predictedLabel);
            LazyTooltip.install(this, () -> tip);
            setOnMouseClicked(e -> {
                clearSelection();
                selectedTrue = trueLabel;
                selectedPredicted = predictedLabel;
                getStyleClass().add(SELECTED_CLASS);
                onCellSelected.accept(trueLabel, predictedLabel);
            });
        }

        void show(int count, int rowTotal) {
            double share = rowTotal == 0 ? 0 : count / (double) rowTotal;
            boolean diagonal = trueLabel == predictedLabel;
            // Mistakes are rarer than hits; stretch their shading so a 10% confusion stands out.
            fill.setOpacity(count == 0 ? 0 : diagonal ? 0.15 + 0.85 * share : Math.min(1, 0.15 + 2.5 * share));
            number.setText(count == 0 ? "" : Integer.toString(count));
            number.getStyleClass().remove(STRONG_CLASS);
            if (fill.getOpacity() > 0.55) {
                number.getStyleClass().add(STRONG_CLASS);
            }
            tip = (count + " " + classNames.get(trueLabel) + (count == 1 ? " image" : " images")
                    + " predicted as " + classNames.get(predictedLabel) + " (" + ChartFormat.percent(share) + " of the row)");
        }
    }
}
