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
        table.setPlaceholder(new Label("The layer table appears when the model is ready"));
        table.getColumns().add(column("Layer", 70, LayerSummary::name));
        table.getColumns().add(column("Type", 110, l -> l.type().replace("Layer", "")));
        table.getColumns().add(column("Output", 110, l -> shape(l.outputShape())));
        table.getColumns().add(column("Parameters", 100, l -> ChartFormat.whole(l.parameters())));
        VBox.setVgrow(table, Priority.ALWAYS);
        total.setId(TOTAL_ID);
        total.getStyleClass().add(Styles.TEXT_MUTED);
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

    private static TableColumn<LayerSummary, String> column(String name, double width, Function<LayerSummary, String> value) {
        TableColumn<LayerSummary, String> column = new TableColumn<>(name);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(width);
        return column;
    }
}
