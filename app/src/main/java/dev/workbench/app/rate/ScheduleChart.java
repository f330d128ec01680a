package dev.workbench.app.rate;

import dev.workbench.app.charts.CanvasChart;
import dev.workbench.app.charts.ChartFormat;
import dev.workbench.app.charts.ChartSeries;

/** The learning rate over a whole run, before it starts. */
public final class ScheduleChart extends CanvasChart {
    public static final String STYLE_CLASS = "schedule-chart";

    private final ChartSeries rate;

    public ScheduleChart() {
        super("Learning rate over the run");
        getStyleClass().add(STYLE_CLASS);
        rate = addLine("learning rate", 1, LineStyle.BOLD);
        setAxisFormats("iteration", ChartFormat::whole, ChartFormat::compact);
        setPlaceholder("Fix the settings to see the schedule");
        setYRangeHint(0, Double.NaN);
    }

    public void show(ScheduleCurve curve) {
        rate.clear();
        int[] iterations = curve.iterations();
        double[] rates = curve.rates();
        for (int i = 0; i < iterations.length; i++) {
            rate.add(iterations[i], rates[i]);
        }
        setXRangeHint(0, curve.totalIterations());
    }

    public void showNothing() {
        rate.clear();
        redraw();
    }

    public int points() {
        return rate.size();
    }
}
