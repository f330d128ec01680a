package dev.workbench.app.rate;

import atlantafx.base.theme.Styles;
import dev.workbench.app.charts.ChartFormat;
import dev.workbench.app.form.FormAccess;
import dev.workbench.app.form.FormResult;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The schedule the current settings give, redrawn on every edit of the form: the curve over the
 * whole run, its formula with the numbers filled in, and the run's length.
 */
public final class SchedulePreview extends VBox {
    public static final String STYLE_CLASS = "schedule-preview";
    public static final String FORMULA_ID = "schedule-formula";
    public static final String SUMMARY_ID = "schedule-summary";

    private final ScheduleChart chart = new ScheduleChart();
    private final Label formula = new Label();
    private final Label numbers = new Label();
    private final Label summary = new Label();

    public SchedulePreview(FormAccess form) {
        getStyleClass().add(STYLE_CLASS);
        formula.setId(FORMULA_ID);
        formula.getStyleClass().add("schedule-formula");
        formula.setWrapText(true);
        numbers.getStyleClass().addAll(Styles.TEXT_MUTED, "schedule-numbers");
        numbers.setWrapText(true);
        summary.setId(SUMMARY_ID);
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setWrapText(true);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(formula, numbers, summary, chart);
        form.resultProperty().addListener((obs, old, result) -> show(result));
        show(form.resultProperty().get());
    }

    public ScheduleChart chart() {
        return chart;
    }

    public String formula() {
        return formula.getText();
    }

    private void show(FormResult result) {
        if (result == null || !result.isValid()) {
            chart.showNothing();
            formula.setText("");
            numbers.setText("");
            summary.setText("The preview follows the settings once they are valid.");
            return;
        }
        ScheduleCurve curve = ScheduleCurve.of(result.settings());
        chart.show(curve);
        formula.setText(curve.spec().formula().replace("; ", "\n"));
        numbers.setText(curve.spec().describe() + ". " + curve.spec().kind().description());
        summary.setText(curve.epochs() + (curve.epochs() == 1 ? " epoch × " : " epochs × ")
                + ChartFormat.whole(curve.iterationsPerEpoch()) + " iterations = "
                + ChartFormat.whole(curve.totalIterations()) + " updates; " + course(first(curve), last(curve)) + ".");
    }

    private static String course(double first, double last) {
        return first == last ? "the rate stays at " + ChartFormat.compact(first)
                : "the rate goes from " + ChartFormat.compact(first) + " to " + ChartFormat.compact(last);
    }

    private static double first(ScheduleCurve curve) {
        double[] rates = curve.rates();
        return rates.length == 0 ? Double.NaN : rates[0];
    }

    private static double last(ScheduleCurve curve) {
        double[] rates = curve.rates();
        return rates.length == 0 ? Double.NaN : rates[rates.length - 1];
    }
}
