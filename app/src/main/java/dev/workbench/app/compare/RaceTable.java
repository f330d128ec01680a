package dev.workbench.app.compare;

import atlantafx.base.theme.Styles;
import dev.workbench.app.charts.ChartFormat;
import dev.workbench.app.charts.MetricChart;
import dev.workbench.lessons.engine.MetricSpec;
import dev.workbench.lessons.engine.Metrics;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The results of a race, one row per lane in lane order: the final value of every epoch metric the
 * lesson declared (grouped by chart) with the generalization gap, progress, when each lane
 * reached the target, and whether it diverged
 * (hover for the engine's explanation). Headers are grouped in two rows so that every figure stays
 * readable at projector sizes; each lane's speed is on its chip above the charts.
 */
public final class RaceTable extends TableView<RaceRow> {
    public static final String STYLE_CLASS = "race-table";
    public static final String ID = "race-table";
    public static final String SWATCH_CLASS = "lane-swatch";
    public static final String DIVERGED_CLASS = "lane-diverged";
    public static final String NUMBER_CLASS = "number-cell";
    public static final String HEADER_LABEL_CLASS = "race-header-label";

    public RaceTable(Metrics metrics) {
        setId(ID);
        getStyleClass().addAll(STYLE_CLASS, Styles.DENSE);
        setItems(FXCollections.observableArrayList());
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        setPlaceholder(new Label("Results appear here once a race starts"));
        List<TableColumn<RaceRow, ?>> columns = new ArrayList<>();
        columns.add(laneColumn());
        for (String chart : metrics.charts()) {
            List<TableColumn<RaceRow, String>> values = new ArrayList<>();
            for (MetricSpec spec : metrics.inChart(chart)) {
                if (spec.perIteration() && !spec.equals(metrics.ranking())) {
                    continue;
                }
                // The ranking value per iteration sits next to the same quantity per epoch: "recent"
                // keeps the two headers apart.
                values.add(number(spec.perIteration() ? "recent" : MetricChart.legendName(chart, spec)
                                .replace("validation", "val").replace("training", "train").replace(" (epoch mean)", ""),
                        spec.label() + (spec.perIteration() ? " (mean of the recent iterations)" : " after the last epoch")
                                + ": " + (spec.goal() == MetricSpec.Goal.LOWER_IS_BETTER ? "lower" : "higher") + " is better",
                        r -> format(r.finalValue(spec.id()), spec)));
            }
            if (metrics.gap() != null && metrics.get(metrics.gap().seen()).chart().equals(chart)) {
                MetricSpec seen = metrics.get(metrics.gap().seen());
                values.add(number("gap", seen.label() + " minus " + metrics.get(metrics.gap().unseen()).label()
                        .toLowerCase(Locale.ROOT) + ": large means over-fitting", r -> format(r.gap(), seen)));
            }
            if (!values.isEmpty()) {
                columns.add(group(MetricChart.title(chart), "What the lesson measures, as drawn in its "
                        + MetricChart.title(chart) + " chart", values));
            }
        }
        MetricSpec ranking = metrics.ranking();
        columns.add(group("Progress", "How far each lane got", List.of(
                number("iters", "Parameter updates so far", r -> ChartFormat.whole(r.iterations())),
                number("time", "The lane's own training time (its share of the CPU)",
                        r -> ChartFormat.seconds(r.seconds())))));
        columns.add(group("To target",
                "When the " + ranking.label().toLowerCase(Locale.ROOT) + " first reached the target set above the table",
                List.of(number("iters", "First iteration where the " + ranking.label().toLowerCase(Locale.ROOT)
                                        + ", averaged over the last few hundred examples, reached the target",
                                r -> r.iterationsToTarget().isPresent()
                                        ? ChartFormat.whole(r.iterationsToTarget().getAsLong()) : notReached(r)),
                        number("time", "The lane's training time until it reached the target",
                                r -> r.secondsToTarget().isPresent()
                                        ? ChartFormat.seconds(r.secondsToTarget().getAsDouble()) : notReached(r)))));
        columns.add(divergedColumn());
        getColumns().addAll(columns);
    }

    private static String format(double value, MetricSpec spec) {
        return spec.isPercent() ? ChartFormat.percent(value) : ChartFormat.compact(value);
    }

    public void show(List<RaceRow> rows) {
        getItems().setAll(rows);
    }

    /** The style class giving lane {@code lane} (0-based) its chart colour. */
    public static String laneClass(int lane) {
        return "lane-" + (lane + 1);
    }

    private static TableColumn<RaceRow, RaceRow> laneColumn() {
        TableColumn<RaceRow, RaceRow> column = fixed(new TableColumn<>("Lane"));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RaceRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Circle swatch = new Circle(6);
                swatch.getStyleClass().addAll(SWATCH_CLASS, laneClass(row.lane()));
                setGraphic(swatch);
                setText(row.label());
            }
        });
        column.setMinWidth(130);
        column.setPrefWidth(170);
        return column;
    }

    private static TableColumn<RaceRow, ?> group(String title, String tip, List<TableColumn<RaceRow, String>> columns) {
        TableColumn<RaceRow, String> group = fixed(new TableColumn<>());
        group.setGraphic(headerLabel(title, tip));
        group.getColumns().addAll(columns);
        return group;
    }

    private static TableColumn<RaceRow, String> number(String title, String tip, Function<RaceRow, String> text) {
        TableColumn<RaceRow, String> column = fixed(new TableColumn<>());
        column.setGraphic(headerLabel(title, tip));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.getStyleClass().add(NUMBER_CLASS);
        column.setMinWidth(64);
        column.setPrefWidth(72);
        return column;
    }

    private static TableColumn<RaceRow, RaceRow> divergedColumn() {
        TableColumn<RaceRow, RaceRow> column = fixed(new TableColumn<>("Diverged"));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RaceRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(DIVERGED_CLASS);
                setTooltip(null);
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                setText(row.diverged() ? "yes ⚠" : "no");
                if (row.diverged()) {
                    getStyleClass().add(DIVERGED_CLASS);
                }
                if (!row.failureMessage().isEmpty()) {
                    Tooltip tip = new Tooltip(row.failureMessage());
                    tip.setWrapText(true);
                    tip.setMaxWidth(520);
                    setTooltip(tip);
                }
            }
        });
        column.setMinWidth(92);
        column.setPrefWidth(92);
        return column;
    }

    /** A header text with an explanation on hover (the header's own label already pads it). */
    private static Label headerLabel(String title, String tip) {
        Label header = new Label(title);
        header.getStyleClass().add(HEADER_LABEL_CLASS);
        header.setTooltip(new Tooltip(tip));
        return header;
    }

    /** Lane order is the colour order: no sorting or moving columns. */
    private static <T> TableColumn<RaceRow, T> fixed(TableColumn<RaceRow, T> column) {
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    /** "not yet" while the lane still trains, "never" once it is over. */
    private static String notReached(RaceRow row) {
        return row.state() != null && row.state().isTerminal() ? "never" : "not yet";
    }
}
