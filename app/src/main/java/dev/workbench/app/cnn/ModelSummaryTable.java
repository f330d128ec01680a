package dev.workbench.app.cnn;

import atlantafx.base.theme.Styles;
import dev.workbench.app.charts.ChartFormat;
import dev.workbench.lessons.insight.LayerSummary;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/** The network's layers: name, type, output shape and parameter count. */
public final class ModelSummaryTable extends VBox {
    public static final String STYLE_CLASS = "model-summary";
    public static final String TABLE_ID = "model-summary-table";
    public static final String TOTAL_ID = "model-summary-total";

    private final TableView<LayerSummary> table = new TableView<>();
    private final Label total = new Label();

    public ModelSummaryTable() {
        getStyleClass().add(STYLE_CLASS);
        Label title = new Label("Layers");
        title.getStyleClass().addAll(Styles.TITLE_4, "part-title");
        table.setId(TABLE_ID);
        table.getStyleClass().add(Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label placeholder = new Label("The layer table appears when the model is ready");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        // Every column as wide as its header and its widest cell, at any text size.
        var fit = dev.workbench.app.controls.ContentColumns.of(table);
        addColumn(fit, "Layer", 70, LayerSummary::name);
        addColumn(fit, "Type", 110, l -> l.type().replace("Layer", ""));
        addColumn(fit, "Output", 110, l -> shape(l.outputShape()));
        addColumn(fit, "Parameters", 100, l -> ChartFormat.whole(l.parameters()));
        VBox.setVgrow(table, Priority.ALWAYS);
        total.setId(TOTAL_ID);
        total.getStyleClass().add(Styles.TEXT_MUTED);
        total.setWrapText(true);
        total.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(title, table, total);
    }

    public void show(List<LayerSummary> layers) {
        table.getItems().setAll(layers);
        long parameters = layers.stream().mapToLong(LayerSummary::parameters).sum();
        total.setText(ChartFormat.whole(parameters) + " parameters to learn in " + layers.size() + " layers");
    }

    /** "[20, 24, 24]" as "20 × 24 × 24". */
    static String shape(String engineShape) {
        return engineShape.replace("[", "").replace("]", "").replace(", ", " × ");
    }

    private void addColumn(dev.workbench.app.controls.ContentColumns<LayerSummary> fit, String name, double width,
                           Function<LayerSummary, String> value) {
        TableColumn<LayerSummary, String> column = column(name, width, value);
        table.getColumns().add(column);
        fit.column(column, value);
    }

    /** The table, for checking that no column is cut short. */
    public TableView<LayerSummary> table() {
        return table;
    }

    private static TableColumn<LayerSummary, String> column(String name, double width, Function<LayerSummary, String> value) {
        TableColumn<LayerSummary, String> column = new TableColumn<>(name);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(width);
        return column;
    }
}
