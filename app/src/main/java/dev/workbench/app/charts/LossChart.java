package dev.workbench.app.charts;

import dev.workbench.lessons.engine.MetricSpec;
import dev.workbench.lessons.engine.Metrics;
import dev.workbench.lessons.engine.RunEvent.EpochMetrics;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.ToggleButton;

import java.util.ArrayList;
import java.util.List;

/**
 * Training loss per iteration (raw values faint, an exponential moving average bold), any other
 * series the lesson declared in the loss chart (a validation loss after each epoch, a second
 * network's loss...), with an optional log10 y axis.
 */
public final class LossChart extends CanvasChart {
    public static final String STYLE_CLASS = "loss-chart";
    public static final String LOG_TOGGLE_ID = "loss-log-toggle";
    /** Share of the previous smoothed value kept at each step. */
    static final double SMOOTHING = 0.9;

    private final ChartSeries raw;
    private final ChartSeries smoothed;
    private final List<MetricSpec> iterationExtras = new ArrayList<>();
    private final List<ChartSeries> iterationSeries = new ArrayList<>();
    private final List<MetricSpec> epochSpecs = new ArrayList<>();
    private final List<ChartSeries> epochSeries = new ArrayList<>();
    private final ExponentialSmoother smoother = new ExponentialSmoother(SMOOTHING);
    private final ToggleButton logToggle = new ToggleButton("Log scale");

    /** The classifier's loss chart: training loss and validation loss. */
    public LossChart() {
        this(Metrics.classifier(Double.NaN));
    }

    public LossChart(Metrics metrics) {
        super("Loss");
        getStyleClass().add(STYLE_CLASS);
        raw = addLine("training", 1, LineStyle.FAINT);
        smoothed = addLine("smoothed", 1, LineStyle.BOLD);
        int colour = 2;
        for (MetricSpec spec : metrics.inChart(metrics.loss().chart())) {
            // The epoch mean of the training loss says nothing the smoothed line does not.
            if (spec.equals(metrics.loss()) || spec.id().equals(Metrics.TRAIN_LOSS.id())) {
                continue;
            }
            String name = MetricChart.legendName("loss", spec);
            if (spec.perIteration()) {
                iterationExtras.add(spec);
                iterationSeries.add(addLine(name, colour, LineStyle.BOLD));
            } else {
                epochSpecs.add(spec);
                epochSeries.add(addLine(name, colour, LineStyle.MARKERS));
            }
            colour = colour % SERIES_COLORS + 1;
        }
        if (iterationExtras.size() + epochSpecs.size() > 1) {
            placeLegendBelowTitle();
        }
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
            for (int i = 0; i < iterationExtras.size(); i++) {
                iterationSeries.get(i).add(m.iteration(), m.value(iterationExtras.get(i).id()));
            }
        }
    }

    public void addEpoch(EpochMetrics metrics) {
        for (int i = 0; i < epochSpecs.size(); i++) {
            epochSeries.get(i).add(metrics.iteration(), metrics.value(epochSpecs.get(i).id()));
        }
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
