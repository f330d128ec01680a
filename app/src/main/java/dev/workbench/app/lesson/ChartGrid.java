package dev.workbench.app.lesson;

import dev.workbench.app.charts.CanvasChart;
import dev.workbench.app.charts.LossChart;
import dev.workbench.app.charts.MetricChart;
import dev.workbench.lessons.engine.Metrics;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Training tab's charts, built from the metrics a run declares: the loss chart first, then
 * one chart per other declared chart name, two to a row so each keeps room for its plot, or one
 * to a row when two side by side would cut off a title or legend entry (large text on a narrow
 * window). Built again when a run with other settings declares other series (a 2-D GAN has no
 * image diversity).
 */
final class ChartGrid extends VBox {
    static final String STYLE_CLASS = "chart-grid";
    private static final int PER_ROW = 2;
    /** The loss chart's part of a row it shares, as far as the other chart's header allows. */
    private static final double LOSS_SHARE = 0.62;

    private Metrics metrics;
    private LossChart lossChart;
    private final List<MetricChart> metricCharts = new ArrayList<>();
    private final List<CanvasChart> charts = new ArrayList<>();
    private int perRow = PER_ROW;

    ChartGrid(Metrics metrics) {
        getStyleClass().addAll(STYLE_CLASS, LessonPage.CHARTS_CLASS);
        build(metrics);
    }

    /** Shows the charts of {@code next}, rebuilding them only when the declared series differ. */
    void show(Metrics next) {
        if (!next.equals(metrics)) {
            build(next);
        }
    }

    LossChart lossChart() {
        return lossChart;
    }

    List<MetricChart> metricCharts() {
        return List.copyOf(metricCharts);
    }

    Optional<MetricChart> metricChart(String chart) {
        return metricCharts.stream().filter(c -> c.chart().equals(chart)).findFirst();
    }

    private void build(Metrics declared) {
        metrics = declared;
        lossChart = new LossChart(declared);
        lossChart.setId(LessonPage.LOSS_CHART_ID);
        metricCharts.clear();
        List<CanvasChart> all = new ArrayList<>(List.of(lossChart));
        for (String chart : declared.charts()) {
            if (chart.equals(declared.loss().chart())) {
                continue;
            }
            MetricChart metricChart = new MetricChart(chart, declared.inChart(chart));
            metricChart.setId(LessonPage.CHART_ID_PREFIX + chart);
            metricCharts.add(metricChart);
            all.add(metricChart);
        }
        charts.clear();
        charts.addAll(all);
        arrange();
    }

    /** Two charts to a row when both keep their headers whole side by side at this width, else one. */
    @Override
    protected void layoutChildren() {
        int fitting = fitsTwoToARow(getWidth() - snappedLeftInset() - snappedRightInset()) ? PER_ROW : 1;
        if (fitting != perRow) {
            perRow = fitting;
            arrange();
        }
        super.layoutChildren();
    }

    private boolean fitsTwoToARow(double width) {
        for (int start = 0; start + 1 < charts.size(); start += PER_ROW) {
            if (!ChartRow.fitsSideBySide(charts.get(start), charts.get(start + 1), width)) {
                return false;
            }
        }
        return true;
    }

    private void arrange() {
        getChildren().clear();
        for (int start = 0; start < charts.size(); start += perRow) {
            List<CanvasChart> inRow = charts.subList(start, Math.min(charts.size(), start + perRow));
            // The loss chart gets more of the first row: it is the one a student watches.
            ChartRow row = new ChartRow(inRow, inRow.get(0) == lossChart ? LOSS_SHARE : 0.5);
            VBox.setVgrow(row, Priority.ALWAYS);
            getChildren().add(row);
        }
    }
}
