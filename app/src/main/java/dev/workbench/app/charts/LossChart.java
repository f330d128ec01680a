package dev.workbench.app.charts;

import dev.workbench.lessons.engine.RunEvent.EpochMetrics;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.ToggleButton;

import java.util.List;

/**
 * Training loss per iteration (raw values faint, an exponential moving average bold) and the
 * validation loss after each epoch, with an optional log10 y axis.
 */
public final class LossChart extends CanvasChart {
    public static final String STYLE_CLASS = "loss-chart";
    public static final String LOG_TOGGLE_ID = "loss-log-toggle";
    /** Share of the previous smoothed value kept at each step. */
    static final double SMOOTHING = 0.9;

    private final ChartSeries raw;
    private final ChartSeries smoothed;
    private final ChartSeries validation;
    private final ExponentialSmoother smoother = new ExponentialSmoother(SMOOTHING);
    private final ToggleButton logToggle = new ToggleButton("Log scale");

    public LossChart() {
        super("Loss");
        getStyleClass().add(STYLE_CLASS);
        raw = addLine("training", 1, LineStyle.FAINT);
        smoothed = addLine("smoothed", 1, LineStyle.BOLD);
        validation = addLine("validation", 2, LineStyle.MARKERS);
        setAxisFormats("iteration", ChartFormat::whole, ChartFormat::compact);
        setPlaceholder("The loss appears here once training starts");
        logToggle.setId(LOG_TOGGLE_ID);
        logToggle.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
        logToggle.selectedProperty().addListener((obs, old, log) -> setLogY(log));
        addHeaderControl(logToggle);
    }

    /** Adds a frame's worth of iterations; call {@link #redraw()} afterwards. */
    public void addIterations(List<IterationMetrics> metrics) {
        for (IterationMetrics m : metrics) {
            raw.add(m.iteration(), m.loss());
            smoothed.add(m.iteration(), smoother.add(m.loss()));
        }
    }

    public void addEpoch(EpochMetrics metrics) {
        validation.add(metrics.iteration(), metrics.validationLoss());
    }

    @Override
    public void clear() {
        smoother.reset();
        super.clear();
    }

    /** Iteration losses received since the last clear (not the drawn, merged points). */
    public long receivedIterations() {
        return raw.received();
    }

    public BooleanProperty logScaleProperty() {
        return logToggle.selectedProperty();
    }
}
