package dev.workbench.app.rate;

import dev.workbench.app.charts.CanvasChart;
import dev.workbench.app.charts.ChartFormat;
import dev.workbench.app.charts.ChartSeries;
import dev.workbench.lessons.optim.LrRangeTest;

/** Smoothed loss against learning rate on a log axis, with the suggested rate marked. */
public final class RangeTestChart extends CanvasChart {
    public static final String STYLE_CLASS = "range-test-chart";

    private final ChartSeries loss;

    public RangeTestChart() {
        super("Loss while the learning rate grows");
        getStyleClass().add(STYLE_CLASS);
        loss = addLine("loss (smoothed)", 1, LineStyle.BOLD);
        setAxisFormats("learning rate", ChartFormat::compact, ChartFormat::compact);
        setLogX(true);
        setPlaceholder("Run the range test to see where the loss falls fastest");
    }

    public void show(LrRangeTest.Result result) {
        loss.clear();
        double[] rates = result.learningRates();
        double[] losses = result.losses();
        for (int i = 0; i < rates.length; i++) {
            loss.add(rates[i], losses[i]);
        }
        setXMarker(result.suggested(), "suggested " + ChartFormat.compact(result.suggested()), 2);
    }

    public int points() {
        return loss.size();
    }
}
