package dev.workbench.app.rate;

import atlantafx.base.theme.Styles;
import dev.workbench.app.charts.ChartFormat;
import dev.workbench.app.form.FormAccess;
import dev.workbench.app.form.FormResult;
import dev.workbench.lessons.optim.LrRangeTest;
import dev.workbench.lessons.race.OptimizerLanes;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Optional;

/**
 * The learning-rate range test: a button that trains a fresh network with the form's settings
 * while the rate grows from tiny to huge, the loss it saw against the rate, the suggested rate
 * marked, and "Use this rate" to put it in the form.
 */
public final class RangeTestPanel extends VBox {
    public static final String STYLE_CLASS = "range-test-panel";
    public static final String RUN_ID = "range-test-run";
    public static final String USE_ID = "range-test-use";
    public static final String ITERATIONS_ID = "range-test-iterations";
    public static final String SUGGESTION_ID = "range-test-suggestion";
    public static final String REASON_ID = "range-test-reason";
    static final String EXPLANATION = "Trains a fresh network (not your training run) for a few hundred updates while "
            + "the learning rate grows exponentially. The loss falls slowly, then fast, then blows up; a good rate "
            + "sits where it falls fastest, well before the blow-up.";

    private final FormAccess form;
    private final RangeTestRunner runner;
    private final RangeTestChart chart = new RangeTestChart();
    private final Spinner<Integer> iterations = new Spinner<>();
    private final Button run = new Button("▶  Run range test");
    private final Button use = new Button("Use this rate");
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Label suggestion = new Label();
    private final Label reason = new Label();

    public RangeTestPanel(FormAccess form, RangeTestRunner runner) {
        this.form = form;
        this.runner = runner;
        getStyleClass().add(STYLE_CLASS);
        Label explanation = new Label(EXPLANATION);
        explanation.getStyleClass().add(Styles.TEXT_MUTED);
        explanation.setWrapText(true);

        iterations.setId(ITERATIONS_ID);
        iterations.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                RangeTestRunner.MIN_ITERATIONS, RangeTestRunner.MAX_ITERATIONS, RangeTestRunner.DEFAULT_ITERATIONS, 20));
        iterations.setEditable(true);
        iterations.setPrefWidth(110);
        iterations.setTooltip(new Tooltip("Updates in the sweep, from " + ChartFormat.compact(runner.minRate())
                + " to " + ChartFormat.compact(runner.maxRate())));
        Label iterationsLabel = new Label("Iterations");
        iterationsLabel.setLabelFor(iterations);
        run.setId(RUN_ID);
        run.getStyleClass().add(Styles.ACCENT);
        run.setMinWidth(Region.USE_PREF_SIZE);
        run.setOnAction(e -> start());
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(runner.runningProperty());
        suggestion.setId(SUGGESTION_ID);
        suggestion.getStyleClass().add("range-test-suggestion");
        use.setId(USE_ID);
        use.setMinWidth(Region.USE_PREF_SIZE);
        use.setTooltip(new Tooltip("Put the suggested rate in the settings"));
        use.setOnAction(e -> useSuggestion());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(run, iterationsLabel, iterations, busy, spacer, suggestion, use);
        controls.getStyleClass().add("range-test-controls");
        controls.setAlignment(Pos.CENTER_LEFT);
        reason.setId(REASON_ID);
        reason.getStyleClass().addAll(Styles.DANGER, "blocked-reason");
        reason.setWrapText(true);
        reason.managedProperty().bind(reason.visibleProperty());
        chart.setXRangeHint(runner.minRate(), runner.maxRate());
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(explanation, controls, reason, chart);

        form.resultProperty().addListener((obs, old, result) -> refresh());
        runner.runningProperty().addListener((obs, old, now) -> refresh());
        runner.resultProperty().addListener((obs, old, result) -> show(result));
        runner.failureProperty().addListener((obs, old, message) -> refresh());
        show(null);
        refresh();
    }

    public RangeTestChart chart() {
        return chart;
    }

    public void setIterations(int count) {
        iterations.getValueFactory().setValue(count);
    }

    /** The rate "Use this rate" would put in the form, if a sweep is done. */
    public Optional<String> suggestedText() {
        LrRangeTest.Result result = runner.resultProperty().get();
        return result == null ? Optional.empty()
                : Optional.of(SuggestedRate.text(result.suggested(), runner.minRate(), runner.maxRate()));
    }

    private void start() {
        form.resultProperty().get().validSettings()
                .filter(settings -> RangeTestRunner.problem(settings).isEmpty())
                .ifPresent(settings -> runner.run(settings, iterations.getValue()));
    }

    private void useSuggestion() {
        suggestedText().ifPresent(text -> form.setText(OptimizerLanes.LEARNING_RATE, text));
    }

    private void show(LrRangeTest.Result result) {
        if (result == null) {
            suggestion.setText("");
            use.setDisable(true);
            return;
        }
        chart.show(result);
        suggestion.setText("Suggested learning rate: " + suggestedText().orElse(""));
        use.setDisable(false);
    }

    private void refresh() {
        FormResult result = form.resultProperty().get();
        String problem = null;
        if (!result.isValid()) {
            problem = "Fix the settings first: " + result.errors().values().iterator().next();
        } else {
            problem = RangeTestRunner.problem(result.settings()).orElse(null);
        }
        if (problem == null && runner.failureProperty().get() != null) {
            problem = "The range test failed: " + runner.failureProperty().get();
        }
        run.setDisable(runner.runningProperty().get() || !result.isValid()
                || RangeTestRunner.problem(result.settings()).isPresent());
        reason.setText(problem == null ? "" : problem);
        reason.setVisible(problem != null);
    }
}
